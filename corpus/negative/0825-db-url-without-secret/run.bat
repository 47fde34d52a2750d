@echo off
set DATABASE_URL=redis://localhost:6379/0
set APP_ENV=prod
call app.exe
