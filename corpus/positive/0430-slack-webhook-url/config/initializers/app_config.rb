# frozen_string_literal: true

module AppConfig
  SLACK_WEBHOOK_URL = 'https://hooks.slack.com/services/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'
  TZ = 'UTC'
end
