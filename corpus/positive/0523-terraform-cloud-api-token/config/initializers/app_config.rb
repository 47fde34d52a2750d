# frozen_string_literal: true

module AppConfig
  API_BASE_URL = 'https://api.juniper.io/v2'
  TFE_TOKEN = 'OIsZoeQFtDIr0v.atlasv1.sH05njIrm2_euy2r87oj3WlTTk5x3txKrtuVs4bpPSPWGVb-uvTlYOzEbsPMVkLGd53'
end
