package com.copper.app

object BuildConfigValues {
    const val APP_ENV = "staging"
    const val DB_PASSWORD = "insert-your-token"
}
