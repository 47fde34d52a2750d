algolia_app_id = "D4YMSJF3X9"
algolia_search_only_key = "2db6f73eaab941e3d44a8e5cc5897b2a"
request_timeout_seconds = "30"
