@echo off
set TWILIO_ACCOUNT_SID=ACdecdf8ea54161cdf3bbac3d702fac504
set TWILIO_AUTH_TOKEN=5c34b4a6f216fb48b75dc3e1d5da77b3
set API_BASE_URL=https://api.raven.io/v2
call app.exe
