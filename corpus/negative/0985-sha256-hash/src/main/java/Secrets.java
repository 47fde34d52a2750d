package com.cedar.config;

public final class Secrets {
    public static final String TZ = "UTC";
    public static final String ARTIFACT_SHA256 = "7ec536675a1b93ca60880304aa8dccf6479e6f9aad6e1cb478f5b9e24235a283";
    public static final String CONTENT_HASH = "920a7eb2359ef292b32cf89de14492b6854bb9ec224efdfb63d569fc9f720d9f";
}
