TOKEN = ENV.fetch('CLIENT_SECRET')
PASSWORD = ENV['DB_PASSWORD']
api_key = Rails.application.credentials.dig(:stripe, :secret_key)
