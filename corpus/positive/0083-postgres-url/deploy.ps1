$env:DATABASE_URL = "postgresql://maple_svc:GrfTZsuFwymAEaQbixu36qgB@falcon-4.prod.raven.com:5432/app_production"
$env:API_BASE_URL = "https://api.summit.io/v1"
& .\deploy-app.ps1
