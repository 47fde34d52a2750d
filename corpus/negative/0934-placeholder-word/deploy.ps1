$env:WORKERS = "3"
$env:STRIPE_SECRET_KEY = "insert-your-token"
& .\deploy-app.ps1
