@echo off
set API_BASE_URL=https://api.delta.io/v3
set TEST_UNSIGNED_JWT=eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzQ0OTgwMDcyfQ.
call app.exe
