$env:GITHUB_TOKEN = "<redacted>"
$env:ALLOWED_HOSTS = "orbit.io,www.quartz.io"
& .\deploy-app.ps1
