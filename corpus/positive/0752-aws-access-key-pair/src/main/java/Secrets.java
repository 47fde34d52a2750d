package com.harbor.config;

public final class Secrets {
    public static final String AWS_ACCESS_KEY_ID = "AKIA3MOBFRJNU6WIRQMM";
    public static final String AWS_SECRET_ACCESS_KEY = "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";
    public static final String PORT = "8080";
}
