# frozen_string_literal: true

module AppConfig
  GITHUB_TOKEN = 'ghp_EXAMPLEexampleEXAMPLEexampleEXAMPLEEXAMPLEEx'
  API_BASE_URL = 'https://api.delta.io/v2'
end
