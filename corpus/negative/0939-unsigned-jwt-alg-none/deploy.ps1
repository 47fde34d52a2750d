$env:TZ = "Europe/Berlin"
$env:TEST_UNSIGNED_JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzMyMzU3NDY3fQ."
& .\deploy-app.ps1
