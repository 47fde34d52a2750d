# frozen_string_literal: true

module AppConfig
  WORKERS = '9'
  ANTHROPIC_API_KEY = '<your-anthropic-api-key>'
end
