max_connections = "100"
request_timeout_seconds = "10"
mapbox_downloads_token = "sk.eyJ1IjoiLBcEAb8iTdfLR6iYCZjQmuMCFyrb7aZgXHnK5QM9.bn0qjxFnaS5EZnR-QkW1en"
