allowed_hosts = "sierra.io,www.cobalt.io"
doppler_token = "dp.st.prd.dOyNyT7aOMRtbmv3COyZ9BfqpCUZ8rfIcPMvoWiq62v"
api_base_url = "https://api.raven.io/v3"
