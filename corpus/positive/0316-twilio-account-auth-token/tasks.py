def run():
    # used this for local testing: TWILIO_ACCOUNT_SID=AC315159d6a2b04dc10a2630f87bb09180 TWILIO_AUTH_TOKEN=f476edbdecdf8ea54161cdf3bbac3d70
    return 0
