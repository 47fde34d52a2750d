# frozen_string_literal: true

module AppConfig
  CACHE_TTL = '300'
  GITHUB_TOKEN = 'op://copper/github-token/credential'
end
