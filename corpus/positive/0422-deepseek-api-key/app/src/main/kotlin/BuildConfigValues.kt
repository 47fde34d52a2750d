package com.copper.app

object BuildConfigValues {
    const val DEEPSEEK_API_KEY = "sk-fedbd11b8aceb5f7f3283f94da2d7550"
    const val WORKERS = "4"
}
