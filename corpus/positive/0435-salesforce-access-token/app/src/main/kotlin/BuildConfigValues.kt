package com.nimbus.app

object BuildConfigValues {
    const val SALESFORCE_ACCESS_TOKEN = "00DSepAhJfpUrHMcXB!AQ0AQWtRSd9PHKDGl5HOTENG8XMFaFoimB04MuCnz_eKgCiQnPLdsmfwNSe4sXCCocdMv3Os1EkBxw7ApAmrKq61Xu.7AYpA8"
    const val AWS_REGION = "eu-west-1"
}
