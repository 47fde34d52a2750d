package com.copper.app

object BuildConfigValues {
    const val FEATURE_NEW_CHECKOUT = "true"
    const val SLACK_BOT_TOKEN = "xxxxxxxxxxxxxxxxxxxxxxxxxxxx"
}
