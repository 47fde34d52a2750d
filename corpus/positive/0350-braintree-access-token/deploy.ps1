$env:REQUEST_TIMEOUT_SECONDS = "10"
$env:BRAINTREE_ACCESS_TOKEN = "access_token$production$xuqmzj5lqxdm4b7x$c749f111ebd291508e11805313057dbb"
& .\deploy-app.ps1
