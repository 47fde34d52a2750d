max_connections = "50"
app_env = "prod"
image_digest = "sha256:08cfed12d848fd40d597c804fb67c145ca84f6ef367c253d8ca2358ec359fdac"
base_image = "node@sha256:0da50136a0c213979cb6515df3c9111b8d9e5372b393d534097d07f2ed825824"
