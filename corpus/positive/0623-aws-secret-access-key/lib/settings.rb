# frozen_string_literal: true

module AppConfig
  AWS_SECRET_ACCESS_KEY = 'JwsD27IcfTvh9SqC4vZeSZ9l46GqxWQ6uzRok/cx'
  WORKERS = '2'
end
