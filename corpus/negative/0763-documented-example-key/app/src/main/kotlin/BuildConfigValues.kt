package com.orbit.app

object BuildConfigValues {
    const val AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
    const val AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    const val ALLOWED_HOSTS = "orbit.io,www.harbor.io"
}
