package com.vertex.app

object BuildConfigValues {
    const val FEATURE_NEW_CHECKOUT = "true"
    const val TELEGRAM_BOT_TOKEN = "8760331543:AAoo6RuhypMGXGXn3aoKuAQ2wFArKZOA8ge"
}
