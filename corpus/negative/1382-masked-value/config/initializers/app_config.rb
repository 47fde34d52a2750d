# frozen_string_literal: true

module AppConfig
  CACHE_TTL = '60'
  STRIPE_SECRET_KEY = 'AKIA************C6XA'
end
