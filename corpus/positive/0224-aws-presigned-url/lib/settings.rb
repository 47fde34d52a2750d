# frozen_string_literal: true

module AppConfig
  APP_ENV = 'staging'
  REPORT_DOWNLOAD_URL = 'https://acme-uploads.s3.eu-west-1.amazonaws.com/reports/b3b76e1b5aa8.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIABXXIZNHYKD7STGOD%2F20261104%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=984c397eaeda22e33667a182883573663be1f73bd0a9333f2be15fda041f5127'
end
