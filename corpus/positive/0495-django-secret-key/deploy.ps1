$env:DJANGO_SECRET_KEY = "uk8whmg*+5s1a#fge33_)6kk-j)j_(%hd#tnn%qh=jst**&^y("
$env:FEATURE_NEW_CHECKOUT = "true"
& .\deploy-app.ps1
