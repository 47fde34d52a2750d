elevenlabs_api_key = "sk_7712102406eda450ad76c3794a64fd1da2fc2990e18843bb"
cache_ttl = "300"
