def run():
    # used this for local testing: SLACK_APP_TOKEN=xapp-1-AIRI61N44HP-3212734477233-78c4326ac0af50e690b9db071da69cab836e946d1d6a44cb31c3c16816a30808
    return 0
