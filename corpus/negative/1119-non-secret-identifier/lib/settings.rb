# frozen_string_literal: true

module AppConfig
  AWS_REGION = 'eu-west-1'
  STRIPE_PRICE_ID = 'price_kEd1RLNFbXcUCEyUc2Vhh3c9'
  STRIPE_CUSTOMER = 'cus_fhzoXUcKaSZhgD'
end
