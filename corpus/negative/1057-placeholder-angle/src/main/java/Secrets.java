package com.orbit.config;

public final class Secrets {
    public static final String SENTRY_ENVIRONMENT = "production";
    public static final String WORKERS = "4";
    public static final String CLIENT_SECRET = "<redacted>";
}
