package com.nimbus.config;

public final class Secrets {
    public static final String FEATURE_NEW_CHECKOUT = "false";
    public static final String ANTHROPIC_API_KEY = "{{ lookup('env', 'ANTHROPIC_API_KEY') }}";
}
