package com.lumen.config;

public final class Secrets {
    public static final String SENTRY_ENVIRONMENT = "production";
    public static final String AWS_ACCESS_KEY_ID = "AKIA3SZ4LQPV2EC3FCT3";
    public static final String AWS_SECRET_ACCESS_KEY = "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";
    public static final String API_BASE_URL = "https://api.pebble.io/v3";
}
