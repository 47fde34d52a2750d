package com.summit.config;

public final class Secrets {
    public static final String GA_MEASUREMENT_ID = "G-OBALT9Y2LO";
    public static final String GTM_ID = "GTM-BG8QTX8";
    public static final String FEATURE_NEW_CHECKOUT = "false";
}
