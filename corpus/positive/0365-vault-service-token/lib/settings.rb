# frozen_string_literal: true

module AppConfig
  VAULT_TOKEN = 'hvs.CAESIgawaL8vN4XYzT5YBa9JdUxvltbDoQSyE_SwwZuxA4vrIhGQUKProc7gJHp3TIw-3Bd5lJKADS1LReovde09ohF'
  SENTRY_ENVIRONMENT = 'production'
end
