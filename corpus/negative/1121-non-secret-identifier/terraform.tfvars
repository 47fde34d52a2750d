google_client_id = "097876560430-oosetu7b17swn2p63dqzdxa98ow02sii.apps.googleusercontent.com"
workers = "14"
