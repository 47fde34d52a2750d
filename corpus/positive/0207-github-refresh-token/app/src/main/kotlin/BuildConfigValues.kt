package com.pebble.app

object BuildConfigValues {
    const val GITHUB_TOKEN = "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"
    const val MAX_CONNECTIONS = "20"
}
