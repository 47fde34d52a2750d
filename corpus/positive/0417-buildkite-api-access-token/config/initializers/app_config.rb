# frozen_string_literal: true

module AppConfig
  BUILDKITE_API_TOKEN = 'bkua_947de30bab6d709c6a5a51322d9ce587ad21d219'
  LOG_LEVEL = 'warn'
end
