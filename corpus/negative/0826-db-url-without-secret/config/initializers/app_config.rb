# frozen_string_literal: true

module AppConfig
  FEATURE_NEW_CHECKOUT = 'true'
  DATABASE_URL = 'mysql://root@localhost:3306/test'
end
