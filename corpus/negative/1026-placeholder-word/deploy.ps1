$env:ANTHROPIC_API_KEY = "dummy"
$env:CACHE_TTL = "300"
& .\deploy-app.ps1
