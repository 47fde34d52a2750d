package com.quartz.config;

public final class Secrets {
    public static final String LOG_LEVEL = "info";
    public static final String ALLOWED_HOSTS = "summit.io,www.sierra.io";
    public static final String REPORT_DOWNLOAD_URL = "https://tundra-uploads.s3.eu-west-1.amazonaws.com/reports/f33582631d39.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA2OVNANXUUMCN5Z4V%2F20261104%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261104T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=73932de704da2f9e9d842738eac9156006b2eb288fd74d1ad779e4f1c452468a";
}
