package com.tundra.config;

public final class Secrets {
    public static final String LOG_LEVEL = "debug";
    public static final String REQUEST_TIMEOUT_SECONDS = "10";
    public static final String DEEPL_AUTH_KEY = "97aca8af-3639-4e0c-81a8-aaaf52aa3a3d";
}
