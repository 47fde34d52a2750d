package com.vertex.config;

public final class Secrets {
    public static final String REQUEST_TIMEOUT_SECONDS = "10";
    public static final String TZ = "Europe/Berlin";
    public static final String GIT_COMMIT_SHA = "7f9aece2c7a749d1acd7fa0645a107380121791c";
    public static final String BUILD_REVISION = "b7f4b0e4d8da71efaee73bc55a8717484df1956c";
}
