package com.acme.app

object BuildConfigValues {
    const val SLACK_BOT_TOKEN = "sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    const val PORT = "3000"
}
