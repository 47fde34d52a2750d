# frozen_string_literal: true

module AppConfig
  SNOWFLAKE_URL = 'snowflake://svc_app:J-y%2Bknp2wvUOg44ACM-cek_U@csfsvra-hxnmgrt/cobalt/public?warehouse=COMPUTE_WH'
  APP_ENV = 'production'
end
