# frozen_string_literal: true

module AppConfig
  AWS_ACCESS_KEY_ID = 'AKIAJCSW6ZUEV7VMYJTW'
  AWS_SECRET_ACCESS_KEY = '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'
  SENTRY_ENVIRONMENT = 'production'
end
