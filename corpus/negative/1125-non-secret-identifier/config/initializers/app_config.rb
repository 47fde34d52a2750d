# frozen_string_literal: true

module AppConfig
  REQUEST_TIMEOUT_SECONDS = '30'
  INSTANCE_ID = 'i-0fbf68a8d5804ae1e'
  ROLE_ARN = 'arn:aws:iam::657102164934:role/lumen-deploy'
end
