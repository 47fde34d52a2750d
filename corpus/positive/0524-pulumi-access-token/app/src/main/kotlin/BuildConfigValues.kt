package com.atlas.app

object BuildConfigValues {
    const val SERVICE_NAME = "onyx-gateway"
    const val PULUMI_ACCESS_TOKEN = "pul-4322be11ad894dfa94cd74cf8214b1de982a9df7"
}
