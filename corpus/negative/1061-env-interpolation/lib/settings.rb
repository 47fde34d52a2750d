# frozen_string_literal: true

module AppConfig
  DB_PASSWORD = '${DB_PASSWORD:-}'
  ALLOWED_HOSTS = 'ember.io,www.acme.io'
end
