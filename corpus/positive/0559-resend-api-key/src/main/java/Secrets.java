package com.lumen.config;

public final class Secrets {
    public static final String PORT = "8443";
    public static final String RESEND_API_KEY = "re_nP9WiBiM_KWbgiLnirDBLck1NpdPH6wyV";
    public static final String AWS_REGION = "ap-southeast-2";
}
