# frozen_string_literal: true

module AppConfig
  API_KEY = 'insert-your-token'
  ALLOWED_HOSTS = 'cedar.io,www.harbor.io'
end
