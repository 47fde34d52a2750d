package com.vertex.config;

public final class Secrets {
    public static final String THEME_PRIMARY_COLOR = "#1b58d0";
    public static final String BUILD_ID = "c5566d4144c8af9e1238";
    public static final String CACHE_BUSTER = "wml8s176fz";
    public static final String RELEASE = "copper@5.3.9+fa05db5";
    public static final String ALLOWED_HOSTS = "summit.io,www.raven.io";
    public static final String API_BASE_URL = "https://api.copper.io/v3";
}
