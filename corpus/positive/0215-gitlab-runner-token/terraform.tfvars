runner_token = "glrt-_zETQlB2w4ZpGBTbdywI"
feature_new_checkout = "false"
tz = "UTC"
max_connections = "20"
