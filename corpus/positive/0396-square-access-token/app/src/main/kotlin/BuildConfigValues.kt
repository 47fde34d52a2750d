package com.juniper.app

object BuildConfigValues {
    const val FEATURE_NEW_CHECKOUT = "false"
    const val SQUARE_ACCESS_TOKEN = "EAAAiULvZn09WyDgiOSoqwxBFP_vHZW9ZuVIUeYjPa83sQXxXTBkQrsxCFjOi2bI"
}
