$env:CAL_API_KEY = "cal_live_a622ae5c85e888d7538b41ca79d920dc"
$env:LOG_LEVEL = "info"
& .\deploy-app.ps1
