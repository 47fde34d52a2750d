# frozen_string_literal: true

module AppConfig
  API_KEY = 'secret'
  SENTRY_ENVIRONMENT = 'production'
end
