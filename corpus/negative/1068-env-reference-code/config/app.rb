TOKEN = ENV.fetch('GITHUB_TOKEN')
PASSWORD = ENV['DB_PASSWORD']
api_key = Rails.application.credentials.dig(:stripe, :secret_key)
