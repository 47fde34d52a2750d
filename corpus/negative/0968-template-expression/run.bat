@echo off
set DB_PASSWORD=#{DB_PASSWORD}
set MAX_CONNECTIONS=20
call app.exe
