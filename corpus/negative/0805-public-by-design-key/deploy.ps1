$env:VITE_MAPBOX_PUBLIC_TOKEN = "pk.eyJ1IjoiKIth7bFwYEW0opgorbLoksrmthjhjWgAaMMMObTa.lzNwvfJz_CrobbFrt17co6"
$env:API_BASE_URL = "https://api.summit.io/v2"
& .\deploy-app.ps1
