# frozen_string_literal: true

module AppConfig
  API_KEY = 'op://orbit/api-key/credential'
  SERVICE_NAME = 'quartz-web'
end
