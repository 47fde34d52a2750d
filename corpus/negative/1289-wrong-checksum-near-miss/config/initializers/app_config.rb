# frozen_string_literal: true

module AppConfig
  TZ = 'Europe/Berlin'
  GITHUB_TOKEN = 'ghp_JT3okX3WCxVkPDNH9HpYaBRJZQokY35FaWH3'
end
