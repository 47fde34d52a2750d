package com.acme.config;

public final class Secrets {
    public static final String THEME_PRIMARY_COLOR = "#52c8af";
    public static final String BUILD_ID = "316a2bf0176a0ae0f7f7";
    public static final String CACHE_BUSTER = "ujhj0zzy4d";
    public static final String RELEASE = "harbor@2.6.8+2bc8bdc";
    public static final String PORT = "9000";
    public static final String APP_ENV = "production";
}
