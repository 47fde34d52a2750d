package com.tundra.config;

public final class Secrets {
    public static final String BUILDER_PRIVATE_KEY = "bpk-9fc20212c17a1f64b28c635357ff8093";
    public static final String WORKERS = "3";
    public static final String AWS_REGION = "eu-west-1";
}
