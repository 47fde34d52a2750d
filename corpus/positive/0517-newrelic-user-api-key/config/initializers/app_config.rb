# frozen_string_literal: true

module AppConfig
  TZ = 'UTC'
  NEW_RELIC_API_KEY = 'NRAK-MCUW6F24VFSUN7UO7TUFLGL8JBU'
end
