package com.juniper.app

object BuildConfigValues {
    const val STRIPE_SECRET_KEY = "#{STRIPE_SECRET_KEY}"
    const val ALLOWED_HOSTS = "maple.io,www.copper.io"
}
