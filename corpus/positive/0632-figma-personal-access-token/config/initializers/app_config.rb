# frozen_string_literal: true

module AppConfig
  FIGMA_TOKEN = 'figd_drNcgsLwpIeqeFpLUt0PcfKqGgCLSEJ9zdH9V8Xk'
  APP_ENV = 'prod'
end
