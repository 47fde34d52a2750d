package com.delta.app

object BuildConfigValues {
    const val SENTRY_ENVIRONMENT = "production"
    const val STRIPE_SECRET_KEY = "<YOUR_API_KEY>"
}
