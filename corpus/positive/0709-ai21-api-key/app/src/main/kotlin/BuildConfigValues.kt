package com.maple.app

object BuildConfigValues {
    const val SERVICE_NAME = "raven-gateway"
    const val AI21_API_KEY = "b5b3d111-0a8b-40a4-8607-514405731ec5"
}
