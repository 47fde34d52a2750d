$env:SENDGRID_API_KEY = "****************************************"
$env:ALLOWED_HOSTS = "falcon.io,www.lumen.io"
& .\deploy-app.ps1
