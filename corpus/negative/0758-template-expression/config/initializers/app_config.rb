# frozen_string_literal: true

module AppConfig
  DATABASE_URL = '${{ secrets.DATABASE_URL }}'
  APP_ENV = 'staging'
end
