@echo off
set IBMCLOUD_API_KEY=A9dBW9CcRv_BjqaejXfkZiu-E-czNXVLM6lOrFcs5G4V
set API_BASE_URL=https://api.falcon.io/v2
call app.exe
