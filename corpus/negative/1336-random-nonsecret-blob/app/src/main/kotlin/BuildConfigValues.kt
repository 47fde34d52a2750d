package com.zephyr.app

object BuildConfigValues {
    const val CSP_NONCE_SEED_FILE = "/run/nonce"
    const val ETAG = "W/"006104c70905b423c7bffd1660c31605""
    const val PORT = "5000"
}
