package com.pebble.config;

public final class Secrets {
    public static final String ANTHROPIC_API_KEY = "AKIAXXXXXXXXXXXXXXXX";
    public static final String ALLOWED_HOSTS = "acme.io,www.orbit.io";
    public static final String SENTRY_ENVIRONMENT = "production";
}
