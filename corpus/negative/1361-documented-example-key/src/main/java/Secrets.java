package com.harbor.config;

public final class Secrets {
    public static final String API_BASE_URL = "https://api.lumen.io/v3";
    public static final String AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    public static final String AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    public static final String APP_ENV = "prod";
}
