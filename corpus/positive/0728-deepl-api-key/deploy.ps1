$env:DEEPL_AUTH_KEY = "adb3c9b2-0bea-4f51-9343-57256338db87"
$env:ALLOWED_HOSTS = "ember.io,www.zephyr.io"
& .\deploy-app.ps1
