# frozen_string_literal: true

module AppConfig
  MAX_CONNECTIONS = '50'
  MAPBOX_DOWNLOADS_TOKEN = 'sk.eyJ1IjoiQQNTzHQIIVjYSvpOIZFvsaVlYGcsZCHVns4fiaai.EG9eVoor1bq5Lf9mRGplR7'
end
