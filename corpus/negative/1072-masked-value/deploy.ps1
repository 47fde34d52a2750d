$env:ANTHROPIC_API_KEY = "**************"
$env:SENTRY_ENVIRONMENT = "production"
& .\deploy-app.ps1
