package com.harbor.app

object BuildConfigValues {
    const val AWS_REGION = "us-east-1"
    const val ANTHROPIC_API_KEY = "<hidden>"
}
