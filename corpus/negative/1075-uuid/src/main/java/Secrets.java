package com.lumen.config;

public final class Secrets {
    public static final String LOG_LEVEL = "warn";
    public static final String SUBSCRIPTION_ID = "9ae821d4-060a-4f53-aaca-0b1f9ddc6c33";
}
