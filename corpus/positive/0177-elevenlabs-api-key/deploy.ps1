$env:SENTRY_ENVIRONMENT = "production"
$env:ELEVENLABS_API_KEY = "sk_91b93b45a2d5e5aa63265fe27ea6d24064788b458560f581"
& .\deploy-app.ps1
