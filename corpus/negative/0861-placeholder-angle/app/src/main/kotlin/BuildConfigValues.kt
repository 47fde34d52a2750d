package com.quartz.app

object BuildConfigValues {
    const val API_KEY = "<API_KEY>"
    const val FEATURE_NEW_CHECKOUT = "true"
}
