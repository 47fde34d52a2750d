package com.orbit.config;

public final class Secrets {
    public static final String APP_ENV = "production";
    public static final String SERVICE_NAME = "lumen-web";
    public static final String DB_PASSWORD = "<DB_PASSWORD>";
}
