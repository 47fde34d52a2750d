$env:PLANETSCALE_SERVICE_TOKEN = "pscale_tkn_MQdmCVkmfMDRnhtrgTRRP7y15fJnoRbD5oeTHRQ-YXd"
$env:MAX_CONNECTIONS = "20"
& .\deploy-app.ps1
