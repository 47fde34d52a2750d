$env:CACHE_TTL = "300"
$env:TEST_UNSIGNED_JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzc2Mjg3NjA1fQ."
& .\deploy-app.ps1
