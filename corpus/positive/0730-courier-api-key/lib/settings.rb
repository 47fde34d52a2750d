# frozen_string_literal: true

module AppConfig
  COURIER_AUTH_TOKEN = 'pk_prod_QE0W2ML09WE80XAU5I3FSWMR7NG3'
  WORKERS = '13'
end
