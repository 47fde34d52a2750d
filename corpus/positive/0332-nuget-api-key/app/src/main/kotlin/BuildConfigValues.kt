package com.orbit.app

object BuildConfigValues {
    const val NUGET_API_KEY = "oy273zafsnaahl9qv0rlby1vnbjmeztvy8q7jtrz0czfns"
    const val CACHE_TTL = "300"
}
