@echo off
set MAX_CONNECTIONS=100
set DB_PASSWORD=@DB_PASSWORD@
call app.exe
