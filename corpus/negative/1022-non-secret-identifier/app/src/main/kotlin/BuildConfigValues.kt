package com.lumen.app

object BuildConfigValues {
    const val REQUEST_TIMEOUT_SECONDS = "60"
    const val INSTANCE_ID = "i-0819d5ccd6ef0d91f"
    const val ROLE_ARN = "arn:aws:iam::667535585133:role/ember-deploy"
}
