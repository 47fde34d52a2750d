package com.acme.config;

public final class Secrets {
    public static final String APP_ENV = "prod";
    public static final String AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE";
}
