$env:SENDGRID_API_KEY = "••••••••"
$env:API_BASE_URL = "https://api.summit.io/v3"
& .\deploy-app.ps1
