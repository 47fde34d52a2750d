$env:REQUEST_TIMEOUT_SECONDS = "30"
$env:NPM_TOKEN = "npm_1fFumYsWD6yTDHdywyM6LAWvBMgPl1qwTfZg"
& .\deploy-app.ps1
