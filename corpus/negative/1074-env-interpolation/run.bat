@echo off
set OPENAI_API_KEY=%OPENAI_API_KEY%
set SERVICE_NAME=maple-worker
call app.exe
