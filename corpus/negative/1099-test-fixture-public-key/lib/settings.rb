# frozen_string_literal: true

module AppConfig
  TEST_UNSIGNED_JWT = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzY0ODIxNDk1fQ.'
  LOG_LEVEL = 'info'
end
