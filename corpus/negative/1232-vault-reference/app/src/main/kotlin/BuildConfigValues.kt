package com.raven.app

object BuildConfigValues {
    const val STRIPE_SECRET_KEY = "vault:secret/data/maple#stripe_secret_key"
    const val WORKERS = "8"
}
