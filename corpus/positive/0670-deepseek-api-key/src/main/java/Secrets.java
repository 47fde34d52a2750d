package com.sierra.config;

public final class Secrets {
    public static final String PORT = "5000";
    public static final String DEEPSEEK_API_KEY = "sk-4329f7cecf0b62cd0e65494b05bb3a1c";
    public static final String REQUEST_TIMEOUT_SECONDS = "60";
}
