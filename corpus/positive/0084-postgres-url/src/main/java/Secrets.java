package com.quartz.config;

public final class Secrets {
    public static final String FEATURE_NEW_CHECKOUT = "false";
    public static final String DATABASE_URL = "postgresql://admin:rDrUIuG2rn846UKHtHgY3~@tundra-4.prod.raven.com:5432/app_production";
}
