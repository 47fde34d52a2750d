$env:GITHUB_TOKEN = "ghp_S8rWAcGMRTqCE8c4baIBq1yZyGeu2HwS27SG"
$env:WORKERS = "11"
& .\deploy-app.ps1
