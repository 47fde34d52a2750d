$env:SNOWFLAKE_URL = "snowflake://etl:m0laqBCPBHCsDT7Sqk~pxn@qrmkkce-zualwxs/cedar/public?warehouse=COMPUTE_WH"
$env:SENTRY_ENVIRONMENT = "production"
& .\deploy-app.ps1
