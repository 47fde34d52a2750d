$env:SERVICE_NAME = "maple-gateway"
$env:COURIER_AUTH_TOKEN = "pk_prod_FUEI3YDCVTT25J1Y2HB3DE1GU0ZP"
& .\deploy-app.ps1
