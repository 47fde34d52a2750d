@echo off
set SENDGRID_API_KEY={{ sendgrid_api_key }}
set SENTRY_ENVIRONMENT=production
call app.exe
