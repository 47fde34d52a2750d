$env:GOOGLE_MAPS_SERVER_KEY = "AIzawb3t-pkeDJiwiuFcR8ryB7otaNPYOAvUUt5"
$env:FEATURE_NEW_CHECKOUT = "false"
& .\deploy-app.ps1
