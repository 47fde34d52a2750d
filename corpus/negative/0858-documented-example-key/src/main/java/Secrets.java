package com.delta.config;

public final class Secrets {
    public static final String SENTRY_ENVIRONMENT = "production";
    public static final String GITHUB_TOKEN = "ghp_EXAMPLEexampleEXAMPLEexampleEXAMPLEe";
    public static final String MAX_CONNECTIONS = "50";
}
