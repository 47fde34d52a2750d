@echo off
set SERVICE_NAME=falcon-web
set SLACK_BOT_TOKEN=<redacted>
call app.exe
