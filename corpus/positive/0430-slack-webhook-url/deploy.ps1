$env:SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"
$env:AWS_REGION = "ap-southeast-2"
& .\deploy-app.ps1
