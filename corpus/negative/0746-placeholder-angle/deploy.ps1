$env:TZ = "UTC"
$env:STRIPE_SECRET_KEY = "<insert token here>"
& .\deploy-app.ps1
