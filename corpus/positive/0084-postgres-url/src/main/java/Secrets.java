package com.willow.config;

public final class Secrets {
    public static final String API_BASE_URL = "https://api.acme.io/v1";
    public static final String ALLOWED_HOSTS = "raven.io,www.quartz.io";
    public static final String DATABASE_URL = "postgresql://deploy:aQbixu36qgB1%3@falcon-4.prod.raven.com:5432/app_production";
}
