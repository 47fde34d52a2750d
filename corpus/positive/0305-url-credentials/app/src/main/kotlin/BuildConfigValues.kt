package com.cedar.app

object BuildConfigValues {
    const val FEATURE_NEW_CHECKOUT = "false"
    const val MAVEN_REPO_URL = "https://deploy:j-H%1!L7Gs8XMR~h@nexus.onyxcorp.net/repository/releases/"
}
