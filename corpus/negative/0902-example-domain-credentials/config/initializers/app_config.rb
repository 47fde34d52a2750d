# frozen_string_literal: true

module AppConfig
  REPO_URL = 'https://username:password@registry.example.net/v2/'
  ALLOWED_HOSTS = 'cobalt.io,www.ember.io'
end
