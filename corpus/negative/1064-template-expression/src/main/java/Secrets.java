package com.cedar.config;

public final class Secrets {
    public static final String TZ = "Europe/Berlin";
    public static final String SENTRY_ENVIRONMENT = "production";
    public static final String ANTHROPIC_API_KEY = "%(anthropic_api_key)s";
}
