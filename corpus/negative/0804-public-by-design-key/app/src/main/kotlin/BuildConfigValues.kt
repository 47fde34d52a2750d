package com.zephyr.app

object BuildConfigValues {
    const val SENTRY_DSN = "https://9e125f564b08b8f1ce30c46dc5575e23@o326120.ingest.sentry.io/9732724"
    const val LOG_LEVEL = "debug"
}
