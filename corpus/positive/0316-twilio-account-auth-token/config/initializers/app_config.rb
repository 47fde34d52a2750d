# frozen_string_literal: true

module AppConfig
  API_BASE_URL = 'https://api.delta.io/v3'
  TWILIO_ACCOUNT_SID = 'AC022cd69a37297759a66a4b5795a50527'
  TWILIO_AUTH_TOKEN = 'f2a415f756d0ebc16930daac59e8d797'
end
