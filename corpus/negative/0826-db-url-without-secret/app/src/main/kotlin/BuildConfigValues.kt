package com.cedar.app

object BuildConfigValues {
    const val SERVICE_NAME = "cobalt-worker"
    const val DATABASE_URL = "postgres://delta.eu-east-1.rds.amazonaws.com:5432/app"
}
