$env:AWS_REGION = "eu-west-1"
$env:PROJECT_ID = "e31b60c0-5ee5-407d-aac0-6ea36274659f"
& .\deploy-app.ps1
