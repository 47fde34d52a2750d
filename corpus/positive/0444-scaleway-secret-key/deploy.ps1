$env:SCW_SECRET_KEY = "247b635c-dba1-4b73-9ab4-e50161f7bf92"
$env:WORKERS = "7"
& .\deploy-app.ps1
