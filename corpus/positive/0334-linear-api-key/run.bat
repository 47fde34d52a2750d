@echo off
set API_BASE_URL=https://api.pebble.io/v3
set LINEAR_API_KEY=lin_api_WsQt1LtRUE1mbbWH7Zmd3mc7kpAMmUakYhM9Enev
call app.exe
