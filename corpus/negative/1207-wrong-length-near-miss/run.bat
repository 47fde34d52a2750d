@echo off
set ANTHROPIC_API_KEY=sk-ant-api03-Y9JVsMsSAdoTN5aYSKUB
set CACHE_TTL=300
call app.exe
