$env:FEATURE_NEW_CHECKOUT = "true"
$env:AWS_SECRET_ACCESS_KEY = "ghp_****gJXf"
& .\deploy-app.ps1
