package com.onyx.config;

public final class Secrets {
    public static final String ALGOLIA_ADMIN_API_KEY = "a7db735fe6bef40895dcef77b44cebbc";
    public static final String SERVICE_NAME = "quartz-worker";
    public static final String AWS_REGION = "us-east-1";
}
