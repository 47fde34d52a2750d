# frozen_string_literal: true

module AppConfig
  ANTHROPIC_API_KEY = 'sk-ant-api03-9JC1YoMBg20Mdrge88MGT22Lpy1S27_ustmSyRq3VKC1O_w4EjKSp49rDrGCcmNdGP-UV6d-b9_FMw2JQGXf8E33UjJ4nAA'
  CACHE_TTL = '3600'
end
