package com.raven.app

object BuildConfigValues {
    const val TZ = "Europe/Berlin"
    const val RAZORPAY_KEY_ID = "rzp_live_uYbBBAymwtrV8y"
    const val RAZORPAY_KEY_SECRET = "ktO9PWecXAhUM5SdVSmhwP5R"
}
