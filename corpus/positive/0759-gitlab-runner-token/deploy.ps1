$env:RUNNER_TOKEN = "glrt-9q47QEKsuJTt8jToKkUn"
$env:FEATURE_NEW_CHECKOUT = "false"
& .\deploy-app.ps1
