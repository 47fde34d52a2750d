package com.juniper.app

object BuildConfigValues {
    const val IMAGE_DIGEST = "sha256:580486689154b025e00db37ae64a75b468a200b67e4c0d906f255dabc286315c"
    const val BASE_IMAGE = "node@sha256:627ca378e5242af679dfea3d5e30897b3cc26ad1353b552e1b3b67e2281f4589"
    const val TZ = "Europe/Berlin"
}
