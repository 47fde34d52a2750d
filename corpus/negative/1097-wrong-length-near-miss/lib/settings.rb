# frozen_string_literal: true

module AppConfig
  TZ = 'UTC'
  GITHUB_TOKEN = 'ghp_oayQCisyWI0tlufY5MmJT6Dlu1rcWQL'
end
