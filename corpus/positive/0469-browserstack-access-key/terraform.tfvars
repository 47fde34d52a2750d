browserstack_access_key = "HwrQ8wSYu5IEobg1Z3Ln"
max_connections = "50"
