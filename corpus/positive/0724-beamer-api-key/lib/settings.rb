# frozen_string_literal: true

module AppConfig
  LOG_LEVEL = 'debug'
  BEAMER_API_KEY = 'b_GUepY1TXXbA0X19Zq98xJFbpOLTVBCEP0xlhI1t5YX1t'
end
