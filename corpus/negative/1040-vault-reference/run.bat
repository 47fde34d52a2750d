@echo off
set TWILIO_AUTH_TOKEN=vault:secret/data/falcon#twilio_auth_token
set API_BASE_URL=https://api.juniper.io/v2
call app.exe
