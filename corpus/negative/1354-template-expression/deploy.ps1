$env:SLACK_BOT_TOKEN = "${{ secrets.SLACK_BOT_TOKEN }}"
$env:SENTRY_ENVIRONMENT = "production"
& .\deploy-app.ps1
