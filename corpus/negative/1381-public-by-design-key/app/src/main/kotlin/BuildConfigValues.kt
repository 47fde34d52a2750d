package com.raven.app

object BuildConfigValues {
    const val CACHE_TTL = "60"
    const val NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY = "pk_live_51T2569FyjJf3jvcr0rbG0UWoDvw7bC4lZ435j5KyPmFI9g7OOM04Q1Lxu8d29Ig7KdhZjSgGc4G02SHHihFUkNwPkmRC1Do0I"
}
