# frozen_string_literal: true

module AppConfig
  CASTAI_API_TOKEN = 'castai_v1_cab3e1cff1484efac672911988ddfde3a167a3298f137b468b31aef7e1d86360_267d6bfe'
  API_BASE_URL = 'https://api.ember.io/v3'
end
