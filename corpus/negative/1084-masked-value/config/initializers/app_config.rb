# frozen_string_literal: true

module AppConfig
  FEATURE_NEW_CHECKOUT = 'false'
  ANTHROPIC_API_KEY = '[REDACTED]'
end
