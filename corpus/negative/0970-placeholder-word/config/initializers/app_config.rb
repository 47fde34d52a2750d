# frozen_string_literal: true

module AppConfig
  AWS_REGION = 'us-east-1'
  TWILIO_AUTH_TOKEN = 'set-me-in-vault'
end
