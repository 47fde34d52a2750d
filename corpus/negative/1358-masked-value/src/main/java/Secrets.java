package com.copper.config;

public final class Secrets {
    public static final String REQUEST_TIMEOUT_SECONDS = "10";
    public static final String CLIENT_SECRET = "********";
    public static final String LOG_LEVEL = "debug";
}
