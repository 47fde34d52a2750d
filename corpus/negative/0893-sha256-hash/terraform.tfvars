sentry_environment = "production"
workers = "12"
image_digest = "sha256:170cc9cf442ee3d9f9dcc91472e59ece385a8ce6bd2aa5fc0e8ace9fe82a38e1"
base_image = "node@sha256:49939c68be3a7782eb3860e66b38bf7a1465924fd8697c49ffad5a678e9350c6"
