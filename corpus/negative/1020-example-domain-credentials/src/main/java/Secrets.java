package com.harbor.config;

public final class Secrets {
    public static final String API_BASE_URL = "https://api.maple.io/v1";
    public static final String REPO_URL = "https://username:password@registry.example.net/v2/";
    public static final String TZ = "UTC";
}
