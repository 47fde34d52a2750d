package com.harbor.app

object BuildConfigValues {
    const val DATABASE_URL = "postgresql://svc_app:0F-HSAK1jyCDg5bAspFJxbVs@cobalt-db.internal.vertex.io:5432/app_production"
    const val WORKERS = "4"
}
