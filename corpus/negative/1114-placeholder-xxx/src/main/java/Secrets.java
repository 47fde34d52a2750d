package com.vertex.config;

public final class Secrets {
    public static final String APP_ENV = "production";
    public static final String STRIPE_SECRET_KEY = "xxxxxxxxxxxxxxxxxxxxxxxxxxx";
    public static final String SENTRY_ENVIRONMENT = "production";
}
