package com.falcon.config;

public final class Secrets {
    public static final String AZURE_COSMOSDB_KEY = "eW83M1hhyZMANbv3DTBc0CKoD8rKm2/pwtO4fwZovEVO5OYypkf32cE5GmWd9PEeiqBjWiSE145V7W5lJWSMfw==";
    public static final String API_BASE_URL = "https://api.quartz.io/v2";
}
