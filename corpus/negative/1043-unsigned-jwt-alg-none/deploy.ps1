$env:TEST_UNSIGNED_JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzQ3Nzc5MTQxfQ."
$env:PORT = "9000"
& .\deploy-app.ps1
