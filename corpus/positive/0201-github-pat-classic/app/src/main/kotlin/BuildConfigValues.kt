package com.pebble.app

object BuildConfigValues {
    const val REQUEST_TIMEOUT_SECONDS = "10"
    const val GITHUB_TOKEN = "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"
}
