def run():
    # used this for local testing: REPLICATE_API_TOKEN=r8_BBfTMy2Xt5DAQjCcEyLCQ0BbE9Gd9U1mmmL5M
    return 0
