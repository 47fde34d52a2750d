package com.falcon.config;

public final class Secrets {
    public static final String SENTRY_ENVIRONMENT = "production";
    public static final String SUBSCRIPTION_ID = "6010ca80-bea2-4027-bdcc-0100e6ffe512";
}
