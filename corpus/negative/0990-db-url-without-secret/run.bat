@echo off
set DATABASE_URL=redis://localhost:6379/0
set TZ=UTC
call app.exe
