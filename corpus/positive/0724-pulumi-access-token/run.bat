@echo off
set PULUMI_ACCESS_TOKEN=pul-32f3591f20fe528083363e17ae987883dad077b2
set API_BASE_URL=https://api.ember.io/v3
call app.exe
