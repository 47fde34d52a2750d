# frozen_string_literal: true

module AppConfig
  CIELO_MERCHANT_KEY = 'C55BMXPJEDAuFOsp4oF81TBuZTF4Bxc8K38OMogZ'
  REQUEST_TIMEOUT_SECONDS = '60'
end
