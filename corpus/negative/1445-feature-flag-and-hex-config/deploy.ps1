$env:MAX_CONNECTIONS = "100"
$env:THEME_PRIMARY_COLOR = "#e7c03c"
$env:BUILD_ID = "1bb9f0450b8b43b5bbd9"
$env:CACHE_BUSTER = "k9x5avj5ao"
$env:RELEASE = "lumen@8.8.7+5155390"
& .\deploy-app.ps1
