package com.juniper.app

object BuildConfigValues {
    const val TRAVIS_API_TOKEN = "E7KkMIT2rDwCKNCES4NyiW"
    const val REQUEST_TIMEOUT_SECONDS = "30"
}
