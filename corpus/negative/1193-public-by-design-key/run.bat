@echo off
set SERVICE_NAME=zephyr-web
set SENTRY_DSN=https://025625fb5d689cf0b6fe03a402b04466@o288818.ingest.sentry.io/3824823
call app.exe
