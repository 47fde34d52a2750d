package com.nimbus.app

object BuildConfigValues {
    const val BITBUCKET_TOKEN = "BBDC-MzEyNzg5ODk2MTIzOlgI3Fi5pch5YKZHjcCVonJZ6UF/"
    const val AWS_REGION = "us-east-1"
}
