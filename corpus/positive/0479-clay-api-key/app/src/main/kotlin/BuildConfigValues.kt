package com.sierra.app

object BuildConfigValues {
    const val AWS_REGION = "eu-west-1"
    const val CLAY_API_KEY = "31044db9014afcd28fff"
}
