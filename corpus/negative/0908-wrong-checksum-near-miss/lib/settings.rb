# frozen_string_literal: true

module AppConfig
  GITHUB_TOKEN = 'gho_3B2odFmhm6NbXRD4JH9nsV2Ap2suK53gj7CR'
  CACHE_TTL = '300'
end
