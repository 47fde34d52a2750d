package com.juniper.app

object BuildConfigValues {
    const val API_BASE_URL = "https://api.cobalt.io/v1"
    const val POSTMARK_SERVER_TOKEN = "d4cd9eab-0580-4f62-af8c-6f4bb5abe5b2"
}
