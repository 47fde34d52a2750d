@echo off
set API_BASE_URL=https://api.nimbus.io/v3
set GROQ_API_KEY=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
call app.exe
