package com.delta.app

object BuildConfigValues {
    const val GITHUB_TOKEN = "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"
    const val WORKERS = "5"
}
