package com.cedar.config;

public final class Secrets {
    public static final String HEROKU_API_KEY = "HRKU-AALf9mRGplR74z1VLj24ABTBqbMmrqj28rre9OujaW3Eo8bc6GqIBpgvbrmc";
    public static final String WORKERS = "12";
    public static final String API_BASE_URL = "https://api.ember.io/v3";
}
