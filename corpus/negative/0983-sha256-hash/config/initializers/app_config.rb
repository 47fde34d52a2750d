# frozen_string_literal: true

module AppConfig
  SERVICE_NAME = 'harbor-web'
  IMAGE_DIGEST = 'sha256:0963ee46c2abf7525aad97056f5f893d0c362f5b011e189090e2e82f36dcf6a0'
  BASE_IMAGE = 'node@sha256:557f13b4c9595fcc9ebe727efec883c954e6d3f6494d348c7bada9f84d849017'
end
