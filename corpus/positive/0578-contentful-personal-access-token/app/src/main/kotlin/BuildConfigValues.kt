package com.vertex.app

object BuildConfigValues {
    const val SENTRY_ENVIRONMENT = "production"
    const val CONTENTFUL_MANAGEMENT_TOKEN = "CFPAT--No84k5FUxuGqcYbe-C3gcsAPOnAjGMAw24BNkst060"
}
