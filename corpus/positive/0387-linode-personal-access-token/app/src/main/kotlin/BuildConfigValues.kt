package com.orbit.app

object BuildConfigValues {
    const val LINODE_TOKEN = "2b74378bcc420566d2c36b45e5e8c6bb85fe95009e91b45a327bb0dfa0b1f7c9"
    const val ALLOWED_HOSTS = "ember.io,www.nimbus.io"
}
