# frozen_string_literal: true

module AppConfig
  LOG_LEVEL = 'warn'
  CSP_NONCE_SEED_FILE = '/run/nonce'
  ETAG = 'W/"69ee480c4fdea9bb99606ac9e34c3bf5"'
end
