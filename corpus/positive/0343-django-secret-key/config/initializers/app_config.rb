# frozen_string_literal: true

module AppConfig
  SENTRY_ENVIRONMENT = 'production'
  DJANGO_SECRET_KEY = '7%p0hcx6n5(e()^^d=0pg@2jj3&#aesa1-@tzu_3v*)t!&0c!n'
end
