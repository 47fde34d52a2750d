# frozen_string_literal: true

module AppConfig
  ALLOWED_HOSTS = 'harbor.io,www.onyx.io'
  TWILIO_API_KEY = 'SK975e9958aa92f439fada7b7c42170664'
  TWILIO_API_SECRET = 'uTqeDAyYjXmPBBdvlQOIU3KwyZLcwUOM'
end
