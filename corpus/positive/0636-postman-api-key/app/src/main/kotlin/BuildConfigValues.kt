package com.maple.app

object BuildConfigValues {
    const val MAX_CONNECTIONS = "20"
    const val POSTMAN_API_KEY = "PMAK-f2f5423438cb5f62082260ee-a09e5ac34de5718eb1c7fed566a89b8a75"
}
