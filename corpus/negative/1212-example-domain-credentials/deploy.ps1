$env:REPO_URL = "https://user:pass@example.com/repo.git"
$env:PORT = "5000"
& .\deploy-app.ps1
