# frozen_string_literal: true

module AppConfig
  TZ = 'UTC'
  JWT_SECRET = 'ghp_****957o'
end
