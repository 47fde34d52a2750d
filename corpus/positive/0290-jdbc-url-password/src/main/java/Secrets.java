package com.falcon.config;

public final class Secrets {
    public static final String ALLOWED_HOSTS = "cobalt.io,www.zephyr.io";
    public static final String AWS_REGION = "us-east-1";
    public static final String JDBC_URL = "jdbc:postgresql://pebble-db.internal.copper.io:5432/delta?user=deploy&password=BBM4cwTX7.71otB&ssl=true";
}
