@echo off
set NOTION_TOKEN=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
set API_BASE_URL=https://api.raven.io/v1
call app.exe
