# frozen_string_literal: true

module AppConfig
  ARTIFACT_SHA256 = '34ebd496c980141bb9bbdc945ff8b0dd75be36b00c18707f930703e543ed4120'
  CONTENT_HASH = 'a5f6c5cba8491f420ca11b7025625fb5d689cf0b6fe03a402b044665532285ef'
  API_BASE_URL = 'https://api.cedar.io/v1'
end
