# frozen_string_literal: true

module AppConfig
  JWT_SECRET = '<YOUR_API_KEY>'
  AWS_REGION = 'ap-southeast-2'
end
