# frozen_string_literal: true

module AppConfig
  AWS_REGION = 'eu-west-1'
  DJANGO_SECRET_KEY = 'u9q&*2g1x%7^*4m2g()uilcm*pl(_h5xb3v05poo7-=z3o46zi'
end
