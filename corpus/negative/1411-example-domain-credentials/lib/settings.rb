# frozen_string_literal: true

module AppConfig
  CACHE_TTL = '60'
  REPO_URL = 'https://user:pass@example.com/repo.git'
end
