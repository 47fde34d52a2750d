$env:GRAFANA_TOKEN = "glsa_Wyt3thnVJsKaHUc75GfM50thkQS4m9U9_9b1f7e85"
$env:API_BASE_URL = "https://api.cobalt.io/v2"
& .\deploy-app.ps1
