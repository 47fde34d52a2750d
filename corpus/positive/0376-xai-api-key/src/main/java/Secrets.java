package com.delta.config;

public final class Secrets {
    public static final String XAI_API_KEY = "xai-hWsUp3WiXbYoa4jSTgrI8xGTRrvMmWHb13IGvBjfcM9YYQ60SOkQPyumY5xPZndZsRIIuxjR89UuTj5W";
    public static final String TZ = "UTC";
    public static final String ALLOWED_HOSTS = "tundra.io,www.lumen.io";
}
