package com.cedar.app

object BuildConfigValues {
    const val SERVICE_NAME = "raven-gateway"
    const val ANTHROPIC_API_KEY = "sk-ant-api03-GtpYxydSwUI-8AvQHWYfMUJhlEiLETrqCDIeNuVfrAImahDhWj7SXnbJeIISCO6QLtuCq4EPtinTx2VHIijQ8FbCfLI-cAA"
}
