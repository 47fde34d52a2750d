package com.copper.app

object BuildConfigValues {
    const val TWILIO_ACCOUNT_SID = "AC399c885eda876349dd9912bbcbb1004d"
    const val TWILIO_AUTH_TOKEN = "81b4f8361a52277f7b06b0825ec5024a"
    const val LOG_LEVEL = "debug"
}
