# frozen_string_literal: true

module AppConfig
  PORT = '8080'
  SHOPIFY_ACCESS_TOKEN = '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'
end
