# frozen_string_literal: true

module AppConfig
  AWS_REGION = 'us-east-1'
  REPO_URL = 'ftp://anonymous:guest@ftp.example.org/pub'
end
