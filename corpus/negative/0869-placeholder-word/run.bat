@echo off
set LOG_LEVEL=debug
set STRIPE_SECRET_KEY=PLACEHOLDER
call app.exe
