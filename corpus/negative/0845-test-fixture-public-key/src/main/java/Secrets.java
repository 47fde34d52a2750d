package com.maple.config;

public final class Secrets {
    public static final String TEST_UNSIGNED_JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzI2Njg0NjUxfQ.";
    public static final String AWS_REGION = "us-east-1";
}
