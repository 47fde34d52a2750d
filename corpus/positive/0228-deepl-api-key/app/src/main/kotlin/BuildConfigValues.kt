package com.delta.app

object BuildConfigValues {
    const val DEEPL_AUTH_KEY = "43130e78-f197-43b5-8b08-111a976a73cb"
    const val CACHE_TTL = "3600"
}
