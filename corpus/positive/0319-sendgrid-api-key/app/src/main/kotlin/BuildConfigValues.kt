package com.tundra.app

object BuildConfigValues {
    const val SENDGRID_API_KEY = "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"
    const val FEATURE_NEW_CHECKOUT = "true"
}
