# frozen_string_literal: true

module AppConfig
  APP_ENV = 'prod'
  AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'
  AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
end
