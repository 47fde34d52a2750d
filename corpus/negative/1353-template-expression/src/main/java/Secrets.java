package com.willow.config;

public final class Secrets {
    public static final String DATABASE_URL = "#{DATABASE_URL}";
    public static final String SERVICE_NAME = "lumen-gateway";
    public static final String REQUEST_TIMEOUT_SECONDS = "30";
}
