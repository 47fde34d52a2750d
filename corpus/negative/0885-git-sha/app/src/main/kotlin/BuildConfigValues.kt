package com.lumen.app

object BuildConfigValues {
    const val GIT_COMMIT_SHA = "5dcb651252b5b5c28df73118d6220e8b5f53fbad"
    const val BUILD_REVISION = "edaca83b9e0ed90ba144a0b3bc900b19df383c52"
    const val TZ = "Europe/Berlin"
}
