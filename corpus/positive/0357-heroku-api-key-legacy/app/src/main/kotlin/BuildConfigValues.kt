package com.zephyr.app

object BuildConfigValues {
    const val HEROKU_API_KEY = "316bc58d-79a6-4a1b-b837-888d498eeb7a"
    const val TZ = "UTC"
}
