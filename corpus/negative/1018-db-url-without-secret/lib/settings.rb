# frozen_string_literal: true

module AppConfig
  PORT = '5000'
  DATABASE_URL = 'mongodb://localhost:27017/cobalt'
end
