$env:SERVICE_NAME = "orbit-worker"
$env:AWS_SECRET_ACCESS_KEY = "$(aws-secret-access-key)"
& .\deploy-app.ps1
