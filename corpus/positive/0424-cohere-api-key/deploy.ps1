$env:COHERE_API_KEY = "AxVhBujyxqzCRYkfT8kJxQE6kJAN8p9iFPEiCzXJ"
$env:WORKERS = "6"
& .\deploy-app.ps1
