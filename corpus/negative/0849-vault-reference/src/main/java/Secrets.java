package com.juniper.config;

public final class Secrets {
    public static final String DB_PASSWORD = "vault:secret/data/falcon#db_password";
    public static final String CACHE_TTL = "300";
    public static final String AWS_REGION = "us-east-1";
}
