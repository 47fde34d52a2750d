package com.harbor.app

object BuildConfigValues {
    const val AWS_SECRET_ACCESS_KEY = "********"
    const val SERVICE_NAME = "vertex-web"
}
