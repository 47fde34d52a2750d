package com.nimbus.config;

public final class Secrets {
    public static final String MAX_CONNECTIONS = "100";
    public static final String THEME_PRIMARY_COLOR = "#858b5e";
    public static final String BUILD_ID = "371705d20966aad6ce63";
    public static final String CACHE_BUSTER = "0xlvu8dx9f";
    public static final String RELEASE = "maple@6.5.4+0b9c921";
}
