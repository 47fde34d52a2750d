package com.atlas.config;

public final class Secrets {
    public static final String CLAUDE_REFRESH_TOKEN = "sk-ant-ort01-LL3eCXE4XijVNVCI1WfSG7DaNtak3rxuSeCGetm0t1MPm8PfiqwKVOpFuGPtLSXTgveEzkQ5yUNBmu035Wv2TTFNtTXJ4NC";
    public static final String REQUEST_TIMEOUT_SECONDS = "10";
}
