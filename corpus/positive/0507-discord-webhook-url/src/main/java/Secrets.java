package com.raven.config;

public final class Secrets {
    public static final String CACHE_TTL = "60";
    public static final String DISCORD_WEBHOOK = "https://discord.com/api/webhooks/8763571864113047497/PDoMhP3A447vsFH6HcVRnfxen4M0uh6PAHl37E5sCBbh-4nsyBKxykQpeIDIp5iADLiJ";
    public static final String AWS_REGION = "eu-west-1";
}
