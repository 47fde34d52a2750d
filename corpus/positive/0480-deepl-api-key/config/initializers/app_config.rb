# frozen_string_literal: true

module AppConfig
  DEEPL_AUTH_KEY = 'f3fbd98f-bd38-4e6d-9650-6d53b3e80e5e'
  FEATURE_NEW_CHECKOUT = 'false'
end
