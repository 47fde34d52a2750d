$env:DATABASE_URL = "$DATABASE_URL"
$env:SENTRY_ENVIRONMENT = "production"
& .\deploy-app.ps1
