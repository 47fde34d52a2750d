package com.pebble.app

object BuildConfigValues {
    const val FEATURE_NEW_CHECKOUT = "false"
    const val AWS_ACCESS_KEY_ID = "AKIAJTWXJGFOWCZ3HGCV"
    const val AWS_SECRET_ACCESS_KEY = "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"
}
