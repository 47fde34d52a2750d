package com.raven.config;

public final class Secrets {
    public static final String MAX_CONNECTIONS = "100";
    public static final String AWS_ACCESS_KEY_ID = "AKIARVTVEWGFWQ6F7R64";
    public static final String AWS_SECRET_ACCESS_KEY = "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";
}
