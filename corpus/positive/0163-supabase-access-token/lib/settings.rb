# frozen_string_literal: true

module AppConfig
  SERVICE_NAME = 'harbor-web'
  SUPABASE_ACCESS_TOKEN = 'sbp_f317be618a485d010749a00fb0fb08df32b5691b'
end
