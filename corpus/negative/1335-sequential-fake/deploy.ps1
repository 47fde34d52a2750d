$env:REQUEST_TIMEOUT_SECONDS = "10"
$env:API_KEY = "sk_test_abcdefghijklmnopqrstuvwx"
& .\deploy-app.ps1
