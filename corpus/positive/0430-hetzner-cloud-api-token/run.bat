@echo off
set HCLOUD_TOKEN=hqWzhEcYCarHouog0ru22lehS3iVmeF43efGidXGc95qhyhMQ3J3iEBwcuw6bAzT
set API_BASE_URL=https://api.cobalt.io/v2
call app.exe
