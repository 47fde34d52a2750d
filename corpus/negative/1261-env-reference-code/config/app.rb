TOKEN = ENV.fetch('TWILIO_AUTH_TOKEN')
PASSWORD = ENV['DB_PASSWORD']
api_key = Rails.application.credentials.dig(:stripe, :secret_key)
