package com.cedar.config;

public final class Secrets {
    public static final String TWILIO_AUTH_TOKEN = "{{ .Values.twilioAuthToken }}";
    public static final String APP_ENV = "prod";
}
