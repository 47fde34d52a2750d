package com.acme.config;

public final class Secrets {
    public static final String AWS_REGION = "ap-southeast-2";
    public static final String AZURE_DEVOPS_PAT = "4Do8pfvORY6WimQLWZUYKVzRHN1dnsUv8p6hNZ5LmYrXF2MLgxb5JQQJ9SpEDCVKdlk9tdg1tQBtAZDODHbu";
    public static final String TZ = "UTC";
}
