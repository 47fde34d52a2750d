# frozen_string_literal: true

module AppConfig
  FEATURE_NEW_CHECKOUT = 'true'
  GITHUB_TOKEN = 'ghp_n7JqOs5MTrnsNDRoOCF1Z62pJMVXMcG8dPI2'
end
