database_url = "postgres://db-k87i93.onyxcloud.net:5432/app"
workers = "7"
