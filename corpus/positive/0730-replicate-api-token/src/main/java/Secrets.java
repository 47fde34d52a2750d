package com.tundra.config;

public final class Secrets {
    public static final String APP_ENV = "staging";
    public static final String REPLICATE_API_TOKEN = "r8_BmuburtHg2kZWzSYcriSYcQgIhzQzLt0LsAWz";
    public static final String AWS_REGION = "ap-southeast-2";
}
