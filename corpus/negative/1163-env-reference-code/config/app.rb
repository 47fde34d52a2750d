TOKEN = ENV.fetch('DB_PASSWORD')
PASSWORD = ENV['DB_PASSWORD']
api_key = Rails.application.credentials.dig(:stripe, :secret_key)
