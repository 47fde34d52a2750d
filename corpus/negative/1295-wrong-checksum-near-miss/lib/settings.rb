# frozen_string_literal: true

module AppConfig
  APP_ENV = 'staging'
  NPM_TOKEN = 'npm_xY83NXnqWcPLeK3QGev7bmlCH8c2vbusxJO8'
end
