max_connections = "50"
log_level = "debug"
jwt_secret = "{{ jwt_secret }}"
