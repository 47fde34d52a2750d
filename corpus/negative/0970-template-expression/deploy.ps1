$env:ALLOWED_HOSTS = "copper.io,www.pebble.io"
$env:CLIENT_SECRET = "<%= ENV['CLIENT_SECRET'] %>"
& .\deploy-app.ps1
