$env:TZ = "UTC"
$env:SLACK_BOT_TOKEN = "0123456789abcdef0123456789abcdef"
& .\deploy-app.ps1
