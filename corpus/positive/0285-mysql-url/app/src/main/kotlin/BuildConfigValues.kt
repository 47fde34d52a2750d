package com.raven.app

object BuildConfigValues {
    const val MYSQL_URL = "mysql://etl:otBr~vfxq8%40Me1vY2102G@cobalt.us-west-1.rds.amazonaws.com:3306/shop"
    const val WORKERS = "16"
}
