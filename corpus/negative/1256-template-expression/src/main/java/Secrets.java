package com.maple.config;

public final class Secrets {
    public static final String AWS_REGION = "ap-southeast-2";
    public static final String PORT = "9000";
    public static final String ANTHROPIC_API_KEY = "<%= ENV['ANTHROPIC_API_KEY'] %>";
}
