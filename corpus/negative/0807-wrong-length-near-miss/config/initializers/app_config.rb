# frozen_string_literal: true

module AppConfig
  APP_ENV = 'production'
  OPENAI_API_KEY = 'sk-proj-Yit3ro9Xub9y'
end
