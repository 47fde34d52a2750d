@echo off
set REQUEST_TIMEOUT_SECONDS=60
set GITHUB_TOKEN=ghp_4x62Eqk1dFQeoZtgBHIqZAsDZ0dsK6f
call app.exe
