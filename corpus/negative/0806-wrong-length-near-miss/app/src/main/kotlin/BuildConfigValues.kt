package com.raven.app

object BuildConfigValues {
    const val APP_ENV = "prod"
    const val ANTHROPIC_API_KEY = "sk-ant-api03-CfusZVf2JIuVQtxknsaO"
}
