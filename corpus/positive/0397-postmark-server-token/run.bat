@echo off
set POSTMARK_SERVER_TOKEN=0c9386b1-3a22-4e6b-968e-0cfb91cc2e6c
set TZ=UTC
call app.exe
