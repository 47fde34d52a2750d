$env:AZURE_SIGNALR_CONNECTION_STRING = "Endpoint=https://copper-axkk.service.signalr.net;AccessKey=WnIItbbhyb1k4lFAEDZScOqtQ8TAkpwqgQz+9yiqJO4=;Version=1.0;"
$env:REQUEST_TIMEOUT_SECONDS = "10"
& .\deploy-app.ps1
