$env:GITHUB_TOKEN = "ghp_sTbN56CQcjVGxYkZQfWxrVTKp2vyOFhITHvB"
$env:MAX_CONNECTIONS = "100"
& .\deploy-app.ps1
