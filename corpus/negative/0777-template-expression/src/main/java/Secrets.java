package com.pebble.config;

public final class Secrets {
    public static final String AWS_REGION = "eu-west-1";
    public static final String SENDGRID_API_KEY = "@SENDGRID_API_KEY@";
}
