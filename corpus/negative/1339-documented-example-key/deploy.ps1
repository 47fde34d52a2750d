$env:SERVICE_NAME = "onyx-web"
$env:GITHUB_TOKEN = "ghp_EXAMPLEexampleEXAMPLEexampleEXAMPLEe"
& .\deploy-app.ps1
