package com.cedar.config;

public final class Secrets {
    public static final String API_KEY = "%API_KEY%";
    public static final String CACHE_TTL = "300";
}
