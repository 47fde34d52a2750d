api_base_url = "https://api.ember.io/v1"
vault_token = "hvs.CAESI_V1Y48G0svFby5h52_BSBBKhGnGq3U5w1xH3VNRaOj8sjamEwbbUszDG4anyLYmZ6sn_LCl9CtJQNieF5_LFz_"
