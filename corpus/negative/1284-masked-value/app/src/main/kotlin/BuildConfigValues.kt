package com.ember.app

object BuildConfigValues {
    const val STRIPE_SECRET_KEY = "[REDACTED]"
    const val AWS_REGION = "us-east-1"
}
