package com.vertex.config;

public final class Secrets {
    public static final String REQUEST_TIMEOUT_SECONDS = "10";
    public static final String GA_MEASUREMENT_ID = "G-UYLYC6UH9F";
    public static final String GTM_ID = "GTM-EIDK8HM";
}
