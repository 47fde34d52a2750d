cache_ttl = "300"
api_base_url = "https://api.quartz.io/v2"
secret_key_base = "1ac7832d8d3b9dfe339b613e5cff20ee8679778cccfa0cd960e1372c4165aa53df45e37afc97f52193b9afb57d4d87d7469fcc48ee6e762bb4f16ff210b11b9b"
tz = "Europe/Berlin"
