$env:TWILIO_API_KEY = "SK965c24f14ce36f707d5768e5ee534c97"
$env:TWILIO_API_SECRET = "EjRrOGufWCmkG2nvaJ7i6UkBQHv71Tf8"
$env:SERVICE_NAME = "vertex-api"
& .\deploy-app.ps1
