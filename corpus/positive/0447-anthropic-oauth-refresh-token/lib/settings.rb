# frozen_string_literal: true

module AppConfig
  CACHE_TTL = '60'
  CLAUDE_REFRESH_TOKEN = 'sk-ant-ort01-mu035Wv2TTFNtTXJ4NCG2uSjID4IXhhdW_L-ACFDY9Rlvc7kOjtix_lsjRhfqv5IZmyrxqEa-gK32VOQmitxyRkdfh9Ppqd'
end
