package com.zephyr.config;

public final class Secrets {
    public static final String MAX_CONNECTIONS = "50";
    public static final String GITHUB_TOKEN = "gho_btzTN57nsbAITV5I5iNqm64PbjVoHIRkgTm2";
    public static final String FEATURE_NEW_CHECKOUT = "true";
}
