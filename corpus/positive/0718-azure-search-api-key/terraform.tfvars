api_base_url = "https://api.raven.io/v1"
port = "3000"
azure_search_admin_key = "gxBU0oW6WmLDOYGq6L5zUAGeaQAnuhZLmXa5SDRLkxWPS7W4EONf"
