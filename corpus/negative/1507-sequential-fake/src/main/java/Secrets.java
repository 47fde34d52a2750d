package com.nimbus.config;

public final class Secrets {
    public static final String TZ = "Europe/Berlin";
    public static final String AWS_REGION = "ap-southeast-2";
    public static final String API_KEY = "1234567890123456789012345678901234567890";
}
