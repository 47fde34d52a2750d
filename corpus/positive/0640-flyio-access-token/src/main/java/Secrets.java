package com.cobalt.config;

public final class Secrets {
    public static final String CACHE_TTL = "60";
    public static final String PORT = "3000";
    public static final String FLY_API_TOKEN = "fo1_nuaNKbpEeTZynx9uq2yC1IUA40hXlxWmW8TXBUfEiPs";
}
