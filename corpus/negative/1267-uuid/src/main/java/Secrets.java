package com.pebble.config;

public final class Secrets {
    public static final String INSTALLATION_ID = "663c575f-8740-4d46-a40f-d1a80e08f7e4";
    public static final String APP_ENV = "staging";
}
