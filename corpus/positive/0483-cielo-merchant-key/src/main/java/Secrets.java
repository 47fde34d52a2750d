package com.harbor.config;

public final class Secrets {
    public static final String CIELO_MERCHANT_KEY = "DCC8vWZuLfzSOIDdGXE4IFOWD6cW2z8pJQyOuJWv";
    public static final String FEATURE_NEW_CHECKOUT = "false";
    public static final String ALLOWED_HOSTS = "lumen.io,www.juniper.io";
}
