package com.atlas.app

object BuildConfigValues {
    const val PORT = "8080"
    const val INSTANCE_ID = "i-0ff2040b5975128af"
    const val ROLE_ARN = "arn:aws:iam::953357658792:role/orbit-deploy"
}
