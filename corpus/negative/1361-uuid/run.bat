@echo off
set PROJECT_ID=73dd0327-1009-4360-b547-65e83e0bcf74
set WORKERS=12
call app.exe
