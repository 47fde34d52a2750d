package com.orbit.app

object BuildConfigValues {
    const val RESEND_API_KEY = "re_Tnz101hZ_JW0orK2mfD7Sl98PZLkmJfW2"
    const val MAX_CONNECTIONS = "20"
}
