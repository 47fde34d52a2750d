package com.ember.app

object BuildConfigValues {
    const val GITHUB_TOKEN = "%(github_token)s"
    const val PORT = "5000"
}
