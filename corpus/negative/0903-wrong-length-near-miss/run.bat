@echo off
set ANTHROPIC_API_KEY=sk-ant-api03-dDrBxUmciSM2RwmC7Obu
set SERVICE_NAME=sierra-web
call app.exe
