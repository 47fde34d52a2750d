package com.pebble.app

object BuildConfigValues {
    const val SHOPIFY_API_SECRET = "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"
    const val PORT = "8443"
}
