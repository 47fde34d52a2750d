package com.zephyr.app

object BuildConfigValues {
    const val STRIPE_SECRET_KEY = "sk_live_EXAMPLE00000000000000000"
    const val APP_ENV = "prod"
}
