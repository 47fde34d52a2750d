clay_api_key = "20dae4c389915e759f31"
allowed_hosts = "ember.io,www.sierra.io"
tz = "Europe/Berlin"
