$env:SERVICE_NAME = "zephyr-api"
$env:NEON_API_KEY = "napi_af0rzbbq2nawuceynkwxz8vijudychbihlzkasgygb1t4ibalq035lldlbknanoz"
& .\deploy-app.ps1
