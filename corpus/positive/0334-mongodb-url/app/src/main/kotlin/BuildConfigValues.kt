package com.sierra.app

object BuildConfigValues {
    const val APP_ENV = "production"
    const val MONGODB_URI = "mongodb+srv://admin:SbQYAtuy%21N4RCRrrZaT.g0GBt@cluster0.nsb47.mongodb.net/catalog?retryWrites=true&w=majority"
}
