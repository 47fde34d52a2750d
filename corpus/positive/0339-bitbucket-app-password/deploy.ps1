$env:BITBUCKET_APP_PASSWORD = "ATBBbo2r0EYKdNlYdnnfrG642praDoVwCa1k"
$env:TZ = "UTC"
& .\deploy-app.ps1
