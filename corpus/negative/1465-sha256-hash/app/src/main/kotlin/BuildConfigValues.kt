package com.delta.app

object BuildConfigValues {
    const val IMAGE_DIGEST = "sha256:be0431a014199c2268bafe2b44b93f280ab86329838ca7ba54de718b7f9cd34e"
    const val BASE_IMAGE = "node@sha256:9061a792d62994adaba5f3611b54059ce9bf67f269a5edb10f9469901831cd25"
    const val APP_ENV = "staging"
}
