package com.harbor.app

object BuildConfigValues {
    const val APP_ENV = "prod"
    const val ALGOLIA_APP_ID = "ELRTEU6IWK"
    const val ALGOLIA_SEARCH_ONLY_KEY = "872d27f6f3fd5fd2f5093deac80ec4e2"
}
