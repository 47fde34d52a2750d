@echo off
set TWILIO_AUTH_TOKEN=PLACEHOLDER
set PORT=9000
call app.exe
