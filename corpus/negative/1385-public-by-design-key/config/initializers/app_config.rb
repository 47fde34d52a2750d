# frozen_string_literal: true

module AppConfig
  MAX_CONNECTIONS = '20'
  RECAPTCHA_SITE_KEY = '6L9xT1C5i2IDJiGAweQ22bUSx4_92XqQRpmGtLHB'
end
