package com.raven.config;

public final class Secrets {
    public static final String AZURE_CLIENT_SECRET = "YS03Q~tR1RpcJYyEIwr313nVmLwZ9S9lF14kBhDb";
    public static final String AZURE_CLIENT_ID = "2e0f68ae-04ad-4a17-b54b-4803db6c891d";
    public static final String CACHE_TTL = "3600";
}
