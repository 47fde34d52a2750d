package com.juniper.config;

public final class Secrets {
    public static final String DB_PASSWORD = "postgres://app:${DB_PASSWORD}@willow.us-central-1.rds.amazonaws.com:5432/app";
    public static final String WORKERS = "11";
}
