package com.cobalt.app

object BuildConfigValues {
    const val SQUARE_APP_SECRET = "sq0csp-gqcJD2McawEHxt103hxGcnoWMO1iJtcTOdisxzSJBWY"
    const val SENTRY_ENVIRONMENT = "production"
}
