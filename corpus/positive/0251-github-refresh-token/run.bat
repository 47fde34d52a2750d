@echo off
set SERVICE_NAME=delta-api
set GITHUB_TOKEN=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
call app.exe
