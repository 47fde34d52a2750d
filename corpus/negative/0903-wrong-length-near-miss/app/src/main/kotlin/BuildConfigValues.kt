package com.willow.app

object BuildConfigValues {
    const val MAX_CONNECTIONS = "20"
    const val ANTHROPIC_API_KEY = "sk-ant-api03-60KdLoAXYE94JAMv8N38"
}
