package com.sierra.app

object BuildConfigValues {
    const val GRAFANA_TOKEN = "glsa_6BqUAAXRiyCNqEZqQANk1CyIZJaro02x_dc12a094"
    const val API_BASE_URL = "https://api.pebble.io/v1"
}
