# frozen_string_literal: true

module AppConfig
  MAX_CONNECTIONS = '20'
  GIT_COMMIT_SHA = 'edd4a598aa902a28ce0e4c07be9ddfb407c2f80d'
  BUILD_REVISION = '5adab6dcdfc452aacd19dac060405dc5118e91ad'
end
