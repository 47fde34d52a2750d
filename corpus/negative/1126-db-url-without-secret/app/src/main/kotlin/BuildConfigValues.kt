package com.atlas.app

object BuildConfigValues {
    const val DATABASE_URL = "postgresql://app@copper-4.prod.harbor.com/app"
    const val MAX_CONNECTIONS = "50"
}
