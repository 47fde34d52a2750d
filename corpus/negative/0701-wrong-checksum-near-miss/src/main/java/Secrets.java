package com.atlas.config;

public final class Secrets {
    public static final String FEATURE_NEW_CHECKOUT = "false";
    public static final String GITHUB_TOKEN = "ghp_lcb8wqhcUoSE3dNSAi601ZD50ODXSirnXLsg";
    public static final String ALLOWED_HOSTS = "onyx.io,www.delta.io";
}
