def run():
    # used this for local testing: KEYSTORE_PASSWORD=8WOkr*62T*u2%2.6*EVw1fu2
    return 0
