# frozen_string_literal: true

module AppConfig
  GIT_COMMIT_SHA = '76ab0bc0153efa74d603282da24d335275308a1e'
  BUILD_REVISION = '575c52190e5ed9df41b8ca5f9f704f7a0ac499ff'
  APP_ENV = 'production'
end
