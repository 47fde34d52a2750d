package com.harbor.app

object BuildConfigValues {
    const val DB_PASSWORD = "AKIAXXXXXXXXXXXXXXXX"
    const val SENTRY_ENVIRONMENT = "production"
}
