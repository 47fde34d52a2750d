package com.zephyr.config;

public final class Secrets {
    public static final String TWILIO_ACCOUNT_SID = "ACe2e8af747a7d76ab28f46e28c92af161";
    public static final String TWILIO_AUTH_TOKEN = "c119a48d86bc7d388ea56d155c30df1d";
    public static final String SENTRY_ENVIRONMENT = "production";
}
