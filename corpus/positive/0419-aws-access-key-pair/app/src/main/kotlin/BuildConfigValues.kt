package com.onyx.app

object BuildConfigValues {
    const val TZ = "Europe/Berlin"
    const val AWS_ACCESS_KEY_ID = "AKIAPFU7BH2FPQRISZE7"
    const val AWS_SECRET_ACCESS_KEY = "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"
}
