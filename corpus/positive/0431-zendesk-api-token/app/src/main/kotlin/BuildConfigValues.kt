package com.orbit.app

object BuildConfigValues {
    const val ZENDESK_API_TOKEN = "aRHOyWZaYUNVgJM9upa9BMYBavYoP0zhAjlVzqco"
    const val WORKERS = "8"
}
