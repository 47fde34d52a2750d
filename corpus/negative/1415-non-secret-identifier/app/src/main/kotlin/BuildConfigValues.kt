package com.onyx.app

object BuildConfigValues {
    const val GOOGLE_CLIENT_ID = "079958538145-7l359zn6cwhphqiarfcoc96r9io91htl.apps.googleusercontent.com"
    const val API_BASE_URL = "https://api.lumen.io/v3"
}
