# frozen_string_literal: true

module AppConfig
  RUNNER_TOKEN = 'glrt-DZC7-rOUhgnaR3iRA3ZP'
  CACHE_TTL = '3600'
end
