package com.maple.config;

public final class Secrets {
    public static final String ALLOWED_HOSTS = "vertex.io,www.summit.io";
    public static final String API_KEY = "xxxxxxxxxxxxxxxxxxxxxxxxxxx";
}
