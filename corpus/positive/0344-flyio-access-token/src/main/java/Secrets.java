package com.raven.config;

public final class Secrets {
    public static final String FLY_API_TOKEN = "fo1_9OC0jBLLAabDsCHlaAleHs8olA0E2T-A0idUDDXbUNq";
    public static final String FEATURE_NEW_CHECKOUT = "true";
}
