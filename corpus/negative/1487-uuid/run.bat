@echo off
set APP_ENV=staging
set SUBSCRIPTION_ID=b0ec52bc-bcf1-4d73-991c-152ff3af5aa0
call app.exe
