package com.zephyr.app

object BuildConfigValues {
    const val PORT = "9000"
    const val OPENAI_API_KEY = "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"
}
