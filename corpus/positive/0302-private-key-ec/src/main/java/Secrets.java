package com.orbit.config;

public final class Secrets {
    public static final String EC_PRIVATE_KEY = """
-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIAMJs8BvdTyP6GeCTQPMVg71b8frjtlBOH0w7stc7WcKoAoGCCqGSM49
AwEHoUQDQgAE9z7p0YJ2pksxxMPA1452C7neRKtNFb23gW3Jgu1U/pnZov0QIvGA
Op0RpHpl+9S79tmxewBez2gKbwo8KRbkCQ==
-----END EC PRIVATE KEY-----
""";
    public static final String ALLOWED_HOSTS = "willow.io,www.ember.io";
    public static final String LOG_LEVEL = "warn";
}
