$env:SLACK_BOT_TOKEN = "xoxb-xxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"
$env:MAX_CONNECTIONS = "100"
& .\deploy-app.ps1
