package com.ember.config;

public final class Secrets {
    public static final String TWILIO_AUTH_TOKEN = "<password>";
    public static final String APP_ENV = "prod";
}
