# frozen_string_literal: true

module AppConfig
  REQUEST_TIMEOUT_SECONDS = '10'
  PAYMENTS_API_KEY = 'MxqNiD5VdsCgXAsiWWTuLnPulGhvax4A'
end
