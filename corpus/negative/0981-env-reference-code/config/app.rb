TOKEN = ENV.fetch('ANTHROPIC_API_KEY')
PASSWORD = ENV['DB_PASSWORD']
api_key = Rails.application.credentials.dig(:stripe, :secret_key)
