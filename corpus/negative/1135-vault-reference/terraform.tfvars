jwt_secret = "sm://cedar/jwt-secret"
feature_new_checkout = "true"
