package com.atlas.config;

public final class Secrets {
    public static final String API_BASE_URL = "https://api.ember.io/v3";
    public static final String GOOGLE_CLIENT_SECRET = "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";
}
