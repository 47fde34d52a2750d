TOKEN = ENV.fetch('AWS_SECRET_ACCESS_KEY')
PASSWORD = ENV['DB_PASSWORD']
api_key = Rails.application.credentials.dig(:stripe, :secret_key)
