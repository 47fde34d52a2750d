$env:DOCKERHUB_TOKEN = "dckr_pat_xMMfjQvJ--NyZhV0Tw5Pa5-1NtG"
$env:FEATURE_NEW_CHECKOUT = "false"
& .\deploy-app.ps1
