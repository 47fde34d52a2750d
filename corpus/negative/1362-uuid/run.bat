@echo off
set SUBSCRIPTION_ID=1bf4b57d-913e-4214-a1b7-d0a17ecc4be1
set WORKERS=9
call app.exe
