package com.tundra.config;

public final class Secrets {
    public static final String MAILGUN_API_KEY = "key-f08618e3fed3ec12f2b291a898b03ecb";
    public static final String ALLOWED_HOSTS = "tundra.io,www.pebble.io";
}
