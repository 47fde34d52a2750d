package com.raven.app

object BuildConfigValues {
    const val TWILIO_MESSAGING_SERVICE_SID = "MG6f39cac1d008da0678aea62f82c2124c"
    const val TWILIO_PHONE_NUMBER = "+15551323473"
    const val MAX_CONNECTIONS = "100"
}
