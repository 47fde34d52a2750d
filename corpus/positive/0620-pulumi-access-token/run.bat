@echo off
set AWS_REGION=eu-west-1
set PULUMI_ACCESS_TOKEN=pul-b16ce8edf040028191ad5ecdc1d534638fb8691c
call app.exe
