api_base_url = "https://api.raven.io/v1"
port = "9000"
jenkins_api_token = "11ba2dc83337d22e731d76599e782736fa"
