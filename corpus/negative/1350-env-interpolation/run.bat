@echo off
set SERVICE_NAME=lumen-web
set JWT_SECRET=%JWT_SECRET%
call app.exe
