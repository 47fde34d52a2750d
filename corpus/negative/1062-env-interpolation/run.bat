@echo off
set GITHUB_TOKEN=${GITHUB_TOKEN:?missing}
set SERVICE_NAME=summit-worker
call app.exe
