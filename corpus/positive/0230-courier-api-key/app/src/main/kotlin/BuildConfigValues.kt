package com.raven.app

object BuildConfigValues {
    const val PORT = "8443"
    const val COURIER_AUTH_TOKEN = "pk_prod_OVCPU5STZXUCCUDQ15O7PQLHCU2B"
}
