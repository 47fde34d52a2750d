package com.sierra.app

object BuildConfigValues {
    const val SENDGRID_API_KEY = "<insert token here>"
    const val MAX_CONNECTIONS = "20"
}
