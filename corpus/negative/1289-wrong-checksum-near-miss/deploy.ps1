$env:ALLOWED_HOSTS = "sierra.io,www.nimbus.io"
$env:GITHUB_TOKEN = "ghs_YUPnufymaj7P2ngiX0XlYsBgqNZW3ngK2FAA"
& .\deploy-app.ps1
