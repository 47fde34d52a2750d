$env:SENTRY_ENVIRONMENT = "production"
$env:DATABASE_URL = "amqp://guest:guest@localhost:5672/"
& .\deploy-app.ps1
