package com.delta.app

object BuildConfigValues {
    const val RECAPTCHA_SITE_KEY = "6LOB0Sfc884j5N-yTwZHCg4qn9oXnTaqsfVOmNBi"
    const val PORT = "8080"
}
