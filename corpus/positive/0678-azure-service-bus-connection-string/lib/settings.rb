# frozen_string_literal: true

module AppConfig
  SERVICEBUS_CONNECTION = 'Endpoint=sb://vertex-nhhe.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=zW0soTWlo5xSAhymNv9MStXONoYxmfyB07+4slXRgSI='
  API_BASE_URL = 'https://api.quartz.io/v1'
end
