$env:TEST_UNSIGNED_JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzE4MjM2MzkxfQ."
$env:CACHE_TTL = "3600"
& .\deploy-app.ps1
