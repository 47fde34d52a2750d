# frozen_string_literal: true

module AppConfig
  GITHUB_TOKEN = 'ghs_rKt58Ei6oxtKDEaTuE4X1026hxvLYmWprMyj'
  CACHE_TTL = '300'
end
