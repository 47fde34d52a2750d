$env:GITHUB_TOKEN = "ghp_A4FB6ol1qygGLy3psSaAEAjiP1wOLtu"
$env:TZ = "Europe/Berlin"
& .\deploy-app.ps1
