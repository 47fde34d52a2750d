# frozen_string_literal: true

module AppConfig
  THEME_PRIMARY_COLOR = '#ce1fe6'
  BUILD_ID = '60b8b0f64f48c31c17be'
  CACHE_BUSTER = 'hvgyyuj6ji'
  RELEASE = 'summit@5.6.7+d731b13'
  API_BASE_URL = 'https://api.vertex.io/v3'
end
