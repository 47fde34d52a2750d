# frozen_string_literal: true

module AppConfig
  ALLOWED_HOSTS = 'zephyr.io,www.willow.io'
  MAVEN_REPO_URL = 'https://etl:XqUf%24Zoh7B1R-xYvwWWPQI@nexus.atlascorp.net/repository/releases/'
end
