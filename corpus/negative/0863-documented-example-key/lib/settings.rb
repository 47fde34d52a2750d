# frozen_string_literal: true

module AppConfig
  AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
  ALLOWED_HOSTS = 'tundra.io,www.nimbus.io'
end
