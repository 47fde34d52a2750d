# frozen_string_literal: true

module AppConfig
  GITHUB_TOKEN = 'ghs_4fea9ebFm7wOStlwahzo4oRxQU7tKKqDPndw'
  PORT = '8080'
end
