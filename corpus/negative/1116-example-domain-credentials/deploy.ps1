$env:REPO_URL = "https://USERNAME:TOKEN@github.com/org/repo.git"
$env:CACHE_TTL = "60"
& .\deploy-app.ps1
