@echo off
set STRIPE_SECRET_KEY=sk_live_****7918
set APP_ENV=production
call app.exe
