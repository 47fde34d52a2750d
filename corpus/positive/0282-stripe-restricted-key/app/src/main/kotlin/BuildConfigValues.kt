package com.lumen.app

object BuildConfigValues {
    const val STRIPE_RESTRICTED_KEY = "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"
    const val WORKERS = "5"
}
