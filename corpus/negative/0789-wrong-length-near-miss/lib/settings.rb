# frozen_string_literal: true

module AppConfig
  SLACK_BOT_TOKEN = 'xoxb-43199564759-7adoqNdW'
  LOG_LEVEL = 'debug'
end
