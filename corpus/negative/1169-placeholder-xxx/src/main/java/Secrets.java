package com.zephyr.config;

public final class Secrets {
    public static final String AWS_REGION = "ap-southeast-2";
    public static final String GITHUB_TOKEN = "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
}
