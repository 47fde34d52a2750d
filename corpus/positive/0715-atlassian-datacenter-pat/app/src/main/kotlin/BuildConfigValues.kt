package com.tundra.app

object BuildConfigValues {
    const val JIRA_PERSONAL_ACCESS_TOKEN = "ODAzMjk1MjM5MDcxOmEUcaPcnBKV6pIfpAGhXP225kUi"
    const val CACHE_TTL = "60"
}
