$env:ALLOWED_HOSTS = "raven.io,www.harbor.io"
$env:BROWSERBASE_API_KEY = "bb_test_euDhFnKiMstDU-R550yGVsm2CjF"
& .\deploy-app.ps1
