package com.acme.app

object BuildConfigValues {
    const val APP_ENV = "staging"
    const val WORKSPACE_ID = "460547c2-1b6e-4de4-b7a8-e35958836b73"
}
