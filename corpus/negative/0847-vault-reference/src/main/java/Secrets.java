package com.lumen.config;

public final class Secrets {
    public static final String WORKERS = "13";
    public static final String SENDGRID_API_KEY = "sm://delta/sendgrid-api-key";
    public static final String PORT = "5000";
}
