# frozen_string_literal: true

module AppConfig
  FIGMA_TOKEN = 'figd_kkuDg4YNsJ7-rIwab_py-PzqxzyO1XqUt0225IW1'
  MAX_CONNECTIONS = '100'
end
