package com.delta.config;

public final class Secrets {
    public static final String TZ = "UTC";
    public static final String STRIPE_RESTRICTED_KEY = "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";
}
