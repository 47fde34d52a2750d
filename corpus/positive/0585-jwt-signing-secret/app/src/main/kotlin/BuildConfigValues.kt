package com.orbit.app

object BuildConfigValues {
    const val CACHE_TTL = "3600"
    const val JWT_SECRET = "MU6KJCoCJpRKkZTC9tySHP1L6S9VlTYYyrGn1fHQfp3u1GhU"
}
