def run():
    # used this for local testing: JDBC_URL=jdbc:postgresql://nimbus.us-central-1.rds.amazonaws.com:5432/nimbus?user=svc_app&password=c44GH4_rJ_XeXpL7Y1&ssl=true
    return 0
