package com.nimbus.app

object BuildConfigValues {
    const val ALGOLIA_APP_ID = "GADCVQOEGI"
    const val ALGOLIA_SEARCH_ONLY_KEY = "8cd567c28f3fb6163f760b4884697e49"
    const val LOG_LEVEL = "debug"
}
