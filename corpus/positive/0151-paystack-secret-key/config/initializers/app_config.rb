# frozen_string_literal: true

module AppConfig
  PAYSTACK_SECRET_KEY = 'sk_live_ad567c1a7876cc856cd72005255e6d1e30216ae1'
  SERVICE_NAME = 'maple-api'
end
