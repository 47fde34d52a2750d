@echo off
set OPENAI_API_KEY=xoxb-xxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx
set WORKERS=3
call app.exe
