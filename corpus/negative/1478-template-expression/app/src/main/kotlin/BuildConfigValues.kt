package com.juniper.app

object BuildConfigValues {
    const val PORT = "8080"
    const val JWT_SECRET = "{{ lookup('env', 'JWT_SECRET') }}"
}
