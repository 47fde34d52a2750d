package com.atlas.app

object BuildConfigValues {
    const val TZ = "Europe/Berlin"
    const val GITHUB_TOKEN = "ghp_MFcFf9ku1KEKJK7d1ljT1Ctiwu3zQE75F1vC3LZ"
}
