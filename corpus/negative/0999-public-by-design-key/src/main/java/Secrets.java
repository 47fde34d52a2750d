package com.raven.config;

public final class Secrets {
    public static final String RECAPTCHA_SITE_KEY = "6LyhuFpbIL1IlcoutP8cBPKBPLAobNNwBXNanfjE";
    public static final String TZ = "Europe/Berlin";
}
