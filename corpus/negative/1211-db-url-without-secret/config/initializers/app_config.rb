# frozen_string_literal: true

module AppConfig
  FEATURE_NEW_CHECKOUT = 'false'
  DATABASE_URL = 'mongodb://localhost:27017/orbit'
end
