package com.vertex.config;

public final class Secrets {
    public static final String STRIPE_SECRET_KEY = "***redacted***";
    public static final String REQUEST_TIMEOUT_SECONDS = "30";
}
