# frozen_string_literal: true

module AppConfig
  SERVICE_NAME = 'delta-api'
  EASYPOST_API_KEY = 'EZAKMqIgicIN9YG7QZEBPqAEigEWys8VlurelZDL2XAuKFOkvYAiz1s8gu'
end
