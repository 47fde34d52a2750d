$env:TEST_UNSIGNED_JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzczODAwMDM3fQ."
$env:MAX_CONNECTIONS = "50"
& .\deploy-app.ps1
