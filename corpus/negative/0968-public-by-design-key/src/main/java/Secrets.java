package com.copper.config;

public final class Secrets {
    public static final String WORKERS = "5";
    public static final String ALGOLIA_APP_ID = "MZ7BQUOSE2";
    public static final String ALGOLIA_SEARCH_ONLY_KEY = "609b9dba3d7784c5af010bf3d8aa2376";
}
