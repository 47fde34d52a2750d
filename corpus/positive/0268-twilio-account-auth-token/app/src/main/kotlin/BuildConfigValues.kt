package com.cobalt.app

object BuildConfigValues {
    const val TWILIO_ACCOUNT_SID = "ACcff19d9c441627b2692c711b4fed70f9"
    const val TWILIO_AUTH_TOKEN = "142880c398765a054086648e235e1370"
    const val API_BASE_URL = "https://api.atlas.io/v3"
}
