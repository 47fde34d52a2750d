package com.maple.app

object BuildConfigValues {
    const val GH_PAT = "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"
    const val FEATURE_NEW_CHECKOUT = "false"
}
