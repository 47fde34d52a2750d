package com.harbor.app

object BuildConfigValues {
    const val TZ = "UTC"
    const val INSTANCE_ID = "i-09599b01e748dde82"
    const val ROLE_ARN = "arn:aws:iam::569313051659:role/quartz-deploy"
}
