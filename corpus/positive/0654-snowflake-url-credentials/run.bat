@echo off
set REQUEST_TIMEOUT_SECONDS=10
set SNOWFLAKE_URL=snowflake://etl:O5hVuSnrXJLc1D@mftiwyg-gtanmoo/maple/public?warehouse=COMPUTE_WH
call app.exe
