$env:REPO_URL = "https://username:password@registry.example.net/v2/"
$env:TZ = "Europe/Berlin"
& .\deploy-app.ps1
