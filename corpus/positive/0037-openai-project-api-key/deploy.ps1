$env:PORT = "8080"
$env:OPENAI_API_KEY = "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"
& .\deploy-app.ps1
