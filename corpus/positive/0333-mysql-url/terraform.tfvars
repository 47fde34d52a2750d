mysql_url = "mysql://deploy:MQX02cpPwALt%24LSWyd@ember-8.prod.falcon.com:3306/shop"
request_timeout_seconds = "10"
cache_ttl = "60"
