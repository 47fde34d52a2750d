@echo off
set OPENAI_API_KEY=sk-proj-BjRhYv5aNtOm
set APP_ENV=prod
call app.exe
