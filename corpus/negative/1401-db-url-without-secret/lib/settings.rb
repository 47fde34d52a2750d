# frozen_string_literal: true

module AppConfig
  DATABASE_URL = 'postgres://postgres:postgres@localhost:5432/postgres'
  FEATURE_NEW_CHECKOUT = 'true'
end
