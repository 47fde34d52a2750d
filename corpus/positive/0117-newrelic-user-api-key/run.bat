@echo off
set NEW_RELIC_API_KEY=NRAK-6M3KM148BPH7PFQFU8L899TM78I
set API_BASE_URL=https://api.sierra.io/v2
call app.exe
