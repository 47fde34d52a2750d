package com.tundra.app

object BuildConfigValues {
    const val VITE_MAPBOX_PUBLIC_TOKEN = "pk.eyJ1IjoiJWocO7XAG2NZI3u9SgpCfHi8ZY4f0IB520dmfdoI.ZiRtRN2IcATD-FK3YmZBmq"
    const val CACHE_TTL = "3600"
}
