$env:REQUEST_TIMEOUT_SECONDS = "10"
$env:GITHUB_TOKEN = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
& .\deploy-app.ps1
