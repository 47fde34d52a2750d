package com.tundra.config;

public final class Secrets {
    public static final String PORT = "3000";
    public static final String WORKERS = "14";
    public static final String NEON_API_KEY = "napi_jpn1yd3qqk7bf0b05qo2ws48tnclri9hvyms016rkkyyk2az9bnddhn89acazc7d";
}
