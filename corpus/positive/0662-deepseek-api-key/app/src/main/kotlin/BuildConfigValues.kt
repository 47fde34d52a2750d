package com.falcon.app

object BuildConfigValues {
    const val APP_ENV = "staging"
    const val DEEPSEEK_API_KEY = "sk-34ebd66ef1302552ef9c7447d265701d"
}
