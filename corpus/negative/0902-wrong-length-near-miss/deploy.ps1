$env:STRIPE_KEY = "sk_live_CAH2CBMP26lJnwqz"
$env:API_BASE_URL = "https://api.willow.io/v3"
& .\deploy-app.ps1
