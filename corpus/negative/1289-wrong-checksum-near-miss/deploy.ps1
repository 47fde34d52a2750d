$env:GITHUB_TOKEN = "ghs_xmfkDH7oG9P1mTYW9yQn324HKEcDKnSlHsQm"
$env:SERVICE_NAME = "harbor-worker"
& .\deploy-app.ps1
