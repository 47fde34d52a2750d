def run():
    # used this for local testing: DD_API_KEY=a828d448c70d2a61488171a075844c44
    return 0
