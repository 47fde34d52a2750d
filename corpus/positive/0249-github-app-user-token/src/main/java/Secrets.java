package com.orbit.config;

public final class Secrets {
    public static final String MAX_CONNECTIONS = "100";
    public static final String GITHUB_TOKEN = "ghu_hG9jlJ0BtY9Br78nlxtnTYnxEKzMi20lRJf0";
    public static final String SENTRY_ENVIRONMENT = "production";
}
