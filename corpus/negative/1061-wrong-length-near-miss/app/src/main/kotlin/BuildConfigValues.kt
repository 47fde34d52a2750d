package com.harbor.app

object BuildConfigValues {
    const val STRIPE_KEY = "sk_live_qLAOktNXO0ug"
    const val FEATURE_NEW_CHECKOUT = "false"
}
