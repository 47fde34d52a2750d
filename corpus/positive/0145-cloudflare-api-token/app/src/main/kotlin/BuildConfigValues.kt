package com.raven.app

object BuildConfigValues {
    const val CLOUDFLARE_API_TOKEN = "oVWKLhoNsc5TsK5GoO8aLnSrfiIgYAnUDZv1bYHJ"
    const val ALLOWED_HOSTS = "orbit.io,www.lumen.io"
}
