openai_api_key = "TODO"
allowed_hosts = "willow.io,www.juniper.io"
