package com.copper.app

object BuildConfigValues {
    const val MAX_CONNECTIONS = "20"
    const val GITHUB_TOKEN = "gho_AGn5PmHlL4v963tBG7oEC1pZCDdBy1l4yuD8"
}
