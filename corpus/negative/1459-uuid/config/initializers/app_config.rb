# frozen_string_literal: true

module AppConfig
  WORKSPACE_ID = '73cab8f1-21ea-40a2-b47c-11b16d2072aa'
  CACHE_TTL = '60'
end
