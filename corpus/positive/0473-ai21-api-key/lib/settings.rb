# frozen_string_literal: true

module AppConfig
  TZ = 'UTC'
  AI21_API_KEY = '23ba480a-3764-4671-86d6-183cd689209c'
end
