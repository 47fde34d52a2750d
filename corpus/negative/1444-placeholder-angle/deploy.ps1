$env:AWS_SECRET_ACCESS_KEY = "<password>"
$env:LOG_LEVEL = "info"
& .\deploy-app.ps1
