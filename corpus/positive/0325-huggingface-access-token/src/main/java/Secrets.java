package com.nimbus.config;

public final class Secrets {
    public static final String HF_TOKEN = "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";
    public static final String REQUEST_TIMEOUT_SECONDS = "60";
    public static final String LOG_LEVEL = "debug";
}
