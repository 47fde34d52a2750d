github_token = "${GITHUB_TOKEN}"
port = "5000"
