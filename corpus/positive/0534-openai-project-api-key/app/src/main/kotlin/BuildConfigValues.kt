package com.maple.app

object BuildConfigValues {
    const val LOG_LEVEL = "debug"
    const val OPENAI_API_KEY = "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"
}
