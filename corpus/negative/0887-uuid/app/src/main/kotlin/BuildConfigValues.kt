package com.zephyr.app

object BuildConfigValues {
    const val TENANT_ID = "85403486-3734-4cc3-9947-991ac03eb7bd"
    const val LOG_LEVEL = "debug"
}
