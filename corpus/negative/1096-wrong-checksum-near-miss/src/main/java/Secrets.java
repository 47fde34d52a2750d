package com.orbit.config;

public final class Secrets {
    public static final String CACHE_TTL = "3600";
    public static final String SENTRY_ENVIRONMENT = "production";
    public static final String GITHUB_TOKEN = "ghs_vqAoNlljdhL7PvjDpDvHZVs02alzlc14XFTA";
}
