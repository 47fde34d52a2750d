$env:LOG_LEVEL = "info"
$env:NUGET_API_KEY = "oy25hzv9y8zzh0lvkw90112el0ko14d1smxc3otozel6v1"
& .\deploy-app.ps1
