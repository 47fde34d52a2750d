$env:HONEYCOMB_API_KEY = "hcaik_efigsk1s0uan403wqvs5xnpmxuy0qnepc7nlkk83hbh7v4bfcldpym782r"
$env:TZ = "UTC"
& .\deploy-app.ps1
