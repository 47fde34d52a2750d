package com.tundra.config;

public final class Secrets {
    public static final String CACHE_TTL = "3600";
    public static final String GIT_COMMIT_SHA = "f758fec87381f2b75b46c07cf3f37ab08a5d9962";
    public static final String BUILD_REVISION = "606435768b8eb39b0cb83edf5bb5b8816f335d7f";
}
