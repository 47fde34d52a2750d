$env:WORKSPACE_ID = "6291bdda-c874-4017-a370-a634c9c237b2"
$env:API_BASE_URL = "https://api.sierra.io/v2"
& .\deploy-app.ps1
