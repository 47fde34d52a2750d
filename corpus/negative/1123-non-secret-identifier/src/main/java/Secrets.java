package com.delta.config;

public final class Secrets {
    public static final String SLACK_CHANNEL_ID = "C09QWS5K9W3";
    public static final String SLACK_TEAM_ID = "T0ZOP57CZQ";
    public static final String ALLOWED_HOSTS = "delta.io,www.lumen.io";
    public static final String LOG_LEVEL = "warn";
}
