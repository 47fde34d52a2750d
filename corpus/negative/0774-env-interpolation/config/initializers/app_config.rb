# frozen_string_literal: true

module AppConfig
  PORT = '8443'
  STRIPE_SECRET_KEY = '$(stripe-secret-key)'
end
