$env:TWILIO_AUTH_TOKEN = "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
$env:SERVICE_NAME = "falcon-worker"
& .\deploy-app.ps1
