# frozen_string_literal: true

module AppConfig
  COSMOS_CONNECTION_STRING = 'AccountEndpoint=https://sierra-tpvwu.documents.azure.com:443/;AccountKey=i4uuzDr+v3lnsLNHRJCImG0P1rd482W3T5ZQQVhXvyKhscMxIRDHrGoZf+jyBz/X+CMwUuJz0xYmyb9H2xDtbQ==;'
  CACHE_TTL = '60'
end
