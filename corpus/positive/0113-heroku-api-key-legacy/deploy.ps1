$env:ALLOWED_HOSTS = "copper.io,www.lumen.io"
$env:HEROKU_API_KEY = "7c08d7a3-2626-4d5f-96a1-9bb39fcb2247"
& .\deploy-app.ps1
