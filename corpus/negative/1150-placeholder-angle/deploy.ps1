$env:REQUEST_TIMEOUT_SECONDS = "10"
$env:ANTHROPIC_API_KEY = "<insert token here>"
& .\deploy-app.ps1
