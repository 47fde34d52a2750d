package com.cobalt.config;

public final class Secrets {
    public static final String CLIENT_SECRET = "xoxb-****-****";
    public static final String WORKERS = "8";
}
