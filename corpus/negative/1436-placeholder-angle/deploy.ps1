$env:STRIPE_SECRET_KEY = "<redacted>"
$env:SERVICE_NAME = "nimbus-web"
& .\deploy-app.ps1
