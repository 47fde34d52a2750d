gh_pat = "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"
allowed_hosts = "raven.io,www.zephyr.io"
