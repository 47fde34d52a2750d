package com.zephyr.app

object BuildConfigValues {
    const val SENTRY_ENVIRONMENT = "production"
    const val AIRTABLE_API_KEY = "patbU4CE6BMscJYpc.80f0a02b440bfb0aad7714799bdb9b4d1d4a8bfe611663eee30f37c116511a89"
}
