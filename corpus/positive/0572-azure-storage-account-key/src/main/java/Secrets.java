package com.quartz.config;

public final class Secrets {
    public static final String APP_ENV = "staging";
    public static final String MAX_CONNECTIONS = "20";
    public static final String AZURE_STORAGE_ACCOUNT = "acmerl44pho";
    public static final String AZURE_STORAGE_KEY = "Jzd2QL90a/1JUYnvp6sTnYXAJ1rGWTEZiNb/fcKMyg4ceFHwX37HryFsnwu+9mHZnYiKKsPGzUqhkRY7U2k9iA==";
}
