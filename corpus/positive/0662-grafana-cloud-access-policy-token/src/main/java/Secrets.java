package com.zephyr.config;

public final class Secrets {
    public static final String GRAFANA_CLOUD_TOKEN = "glc_eyJvIjoiOTk3NzA2IiwibiI6IndpbGxvdy13cml0ZSIsImsiOiJHQjlGYnZ1TUREQnVjSUdzaGdRU2E3UzAiLCJtIjp7InIiOiJwcm9kLWV1LXdlc3QtMiJ9fQ==";
    public static final String API_BASE_URL = "https://api.harbor.io/v1";
    public static final String REQUEST_TIMEOUT_SECONDS = "30";
}
