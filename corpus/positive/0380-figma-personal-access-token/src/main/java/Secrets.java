package com.willow.config;

public final class Secrets {
    public static final String SENTRY_ENVIRONMENT = "production";
    public static final String FIGMA_TOKEN = "figd_mf-IrO786t_prM9CxCNi51VG11C3mDAcRUbR4Bg-";
    public static final String SERVICE_NAME = "sierra-web";
}
