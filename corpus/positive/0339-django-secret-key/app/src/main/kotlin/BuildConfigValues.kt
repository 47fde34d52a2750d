package com.harbor.app

object BuildConfigValues {
    const val DJANGO_SECRET_KEY = "^jt5^_656pncs=yn-=8(-+_65)sj+ho-jpq)ja^6_lbbc!%yud"
    const val MAX_CONNECTIONS = "100"
}
