@echo off
set SERVICE_NAME=harbor-gateway
set AWS_SECRET_ACCESS_KEY=<AWS_SECRET_ACCESS_KEY>
call app.exe
