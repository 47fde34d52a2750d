package com.willow.app

object BuildConfigValues {
    const val APP_ENV = "staging"
    const val REQUEST_ID = "9556cc6a-708d-479c-9808-2bdf028888de"
}
