@echo off
set ANTHROPIC_API_KEY=%ANTHROPIC_API_KEY%
set ALLOWED_HOSTS=cedar.io,www.harbor.io
call app.exe
