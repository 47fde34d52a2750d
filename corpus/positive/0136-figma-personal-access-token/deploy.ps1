$env:LOG_LEVEL = "info"
$env:FIGMA_TOKEN = "figd_-41hcDPZq-IKem4zg51e7Tr2ObDZFLgXgAfvYlQO"
& .\deploy-app.ps1
