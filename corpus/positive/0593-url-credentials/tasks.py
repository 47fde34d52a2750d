def run():
    # used this for local testing: MAVEN_REPO_URL=https://nimbus_svc:dPcG9AFudxV5psk7z1_nL@registry.embercorp.net/repository/releases/
    return 0
