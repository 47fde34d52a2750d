@echo off
set LOG_LEVEL=debug
set GITHUB_TOKEN=gho_Z0upgB50EdQ1cUtPziqmG76cqj1jUKgrnrzW
call app.exe
