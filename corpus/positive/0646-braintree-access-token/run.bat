@echo off
set BRAINTREE_ACCESS_TOKEN=access_token$production$yca5to98magccdtp$0e556d2a2fbf8fb842439fe1922f9694
set SERVICE_NAME=falcon-web
call app.exe
