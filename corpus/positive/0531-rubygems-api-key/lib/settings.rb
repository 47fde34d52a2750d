# frozen_string_literal: true

module AppConfig
  AWS_REGION = 'eu-west-1'
  GEM_HOST_API_KEY = 'rubygems_7d5fe5e644d51deb46a218bec2399d2a38e70ce3ee6643f7'
end
