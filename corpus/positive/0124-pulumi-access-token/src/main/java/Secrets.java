package com.zephyr.config;

public final class Secrets {
    public static final String PULUMI_ACCESS_TOKEN = "pul-fbba995287097c3cf0f5d1d007478aad51184178";
    public static final String ALLOWED_HOSTS = "raven.io,www.vertex.io";
    public static final String MAX_CONNECTIONS = "100";
}
