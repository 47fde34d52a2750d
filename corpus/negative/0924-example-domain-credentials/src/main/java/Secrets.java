package com.orbit.config;

public final class Secrets {
    public static final String REPO_URL = "ftp://anonymous:guest@ftp.example.org/pub";
    public static final String REQUEST_TIMEOUT_SECONDS = "10";
    public static final String AWS_REGION = "eu-west-1";
}
