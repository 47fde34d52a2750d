$env:AWS_REGION = "us-east-1"
$env:ANTHROPIC_API_KEY = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"
& .\deploy-app.ps1
