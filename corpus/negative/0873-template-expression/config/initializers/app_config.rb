# frozen_string_literal: true

module AppConfig
  APP_ENV = 'prod'
  SLACK_BOT_TOKEN = '{{ vault "secret/data/summit" "slack_bot_token" }}'
end
