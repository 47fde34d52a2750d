package com.raven.app

object BuildConfigValues {
    const val PORT = "8443"
    const val GA_MEASUREMENT_ID = "G-772S17A7XM"
    const val GTM_ID = "GTM-4CE3Q3H"
}
