package com.vertex.app

object BuildConfigValues {
    const val SLACK_WEBHOOK_URL = "https://hooks.slack.com/services/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"
    const val PORT = "8080"
}
