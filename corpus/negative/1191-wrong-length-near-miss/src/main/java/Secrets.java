package com.vertex.config;

public final class Secrets {
    public static final String CACHE_TTL = "60";
    public static final String AWS_ACCESS_KEY_ID = "AKIASCAIGVMZXPX4";
}
