package com.summit.config;

public final class Secrets {
    public static final String TEST_UNSIGNED_JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzczMDMzMDMxfQ.";
    public static final String APP_ENV = "prod";
}
