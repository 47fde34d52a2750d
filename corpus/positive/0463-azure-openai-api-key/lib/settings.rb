# frozen_string_literal: true

module AppConfig
  AZURE_OPENAI_API_KEY = 'f0aebac08af1ca96be88b79ec420309a'
  PORT = '3000'
end
