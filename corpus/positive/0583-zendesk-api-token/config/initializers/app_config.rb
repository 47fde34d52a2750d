# frozen_string_literal: true

module AppConfig
  API_BASE_URL = 'https://api.onyx.io/v2'
  ZENDESK_API_TOKEN = 'ITjYHtdYpZhV4ygMc6hyYtZPtdrkC11anRLLedFb'
end
