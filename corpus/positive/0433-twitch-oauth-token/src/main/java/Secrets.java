package com.summit.config;

public final class Secrets {
    public static final String TWITCH_OAUTH_TOKEN = "oauth:0ggmtgqxb73areu4jpg17nd6xousbb";
    public static final String MAX_CONNECTIONS = "100";
}
