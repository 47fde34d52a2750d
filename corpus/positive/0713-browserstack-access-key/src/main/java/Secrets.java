package com.ember.config;

public final class Secrets {
    public static final String FEATURE_NEW_CHECKOUT = "false";
    public static final String BROWSERSTACK_ACCESS_KEY = "4ir62gIHRxA5UPyjg48f";
    public static final String TZ = "Europe/Berlin";
}
