$env:TZ = "Europe/Berlin"
$env:VULTR_API_KEY = "HILGVON1WEV88CIOP6K65SZGYJR77LEAB0J4"
& .\deploy-app.ps1
