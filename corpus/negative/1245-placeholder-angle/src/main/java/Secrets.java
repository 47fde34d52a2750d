package com.maple.config;

public final class Secrets {
    public static final String TWILIO_AUTH_TOKEN = "<YOUR_API_KEY>";
    public static final String ALLOWED_HOSTS = "onyx.io,www.maple.io";
}
