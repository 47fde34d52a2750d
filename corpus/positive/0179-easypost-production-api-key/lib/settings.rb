# frozen_string_literal: true

module AppConfig
  EASYPOST_API_KEY = 'EZAKTWBkhNyMLDXQs4I6kA5HR4OUzikX8wpTUKZEEybnGF3TifXAKQmfUb'
  MAX_CONNECTIONS = '50'
end
