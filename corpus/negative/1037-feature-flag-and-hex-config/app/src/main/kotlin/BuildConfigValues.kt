package com.pebble.app

object BuildConfigValues {
    const val REQUEST_TIMEOUT_SECONDS = "60"
    const val THEME_PRIMARY_COLOR = "#721d0c"
    const val BUILD_ID = "a07ab9b77f495990c5af"
    const val CACHE_BUSTER = "qv281gc1sd"
    const val RELEASE = "harbor@3.3.2+4dda131"
}
