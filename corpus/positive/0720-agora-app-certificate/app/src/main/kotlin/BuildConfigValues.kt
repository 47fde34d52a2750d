package com.onyx.app

object BuildConfigValues {
    const val AGORA_APP_CERTIFICATE = "47cf213567e47eec7772c7d7ef03c557"
    const val CACHE_TTL = "3600"
}
