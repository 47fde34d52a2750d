# frozen_string_literal: true

module AppConfig
  REQUEST_TIMEOUT_SECONDS = '30'
  GITHUB_TOKEN = '{{ lookup('env', 'GITHUB_TOKEN') }}'
end
