# frozen_string_literal: true

module AppConfig
  DATABASE_URL = 'postgresql://app@harbor.eu-west-1.rds.amazonaws.com/app'
  TZ = 'UTC'
end
