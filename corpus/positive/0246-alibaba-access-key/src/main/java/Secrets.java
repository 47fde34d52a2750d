package com.sierra.config;

public final class Secrets {
    public static final String ALIBABA_CLOUD_ACCESS_KEY_ID = "LTAI5tAVgP8WC1RO8sXWmJNT";
    public static final String ALIBABA_CLOUD_ACCESS_KEY_SECRET = "qzoGtHd5oamjMZRBV5AjIiX0VnT5xB";
    public static final String REQUEST_TIMEOUT_SECONDS = "60";
    public static final String PORT = "5000";
}
