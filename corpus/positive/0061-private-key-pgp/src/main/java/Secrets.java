package com.onyx.config;

public final class Secrets {
    public static final String PORT = "8080";
    public static final String GPG_PRIVATE_KEY = """
-----BEGIN PGP PRIVATE KEY BLOCK-----

xVgE+zZ+VBYJKwYBBAHaRw8BdyHvjn6KCHo5ozoq+1PQYBL2wskFnasTlU/ptAIu
aGCwJwA5oXNy7eP9gtwUau8myQup1W3N4mOZVyAPLDb3ffuDzX2VqLvjEGFZqzGD
g80aZGVsdGEgPGV0bEBzaWVycmEuaW8+ICAgICBgAtA63VfroxAa+7Lt7Q6s3VDa
MkstqpLNsN9b+/1fbb6gG7IdExvzeKvjQQZsVi/EziVcqEOC2KOJyXbaVnqaaxxH
TvxFpo4k1qdDNbFn8ustFGc2AsZHrp64TgGDH9TPQUMERbHmZYm1p52GeNjTBAvH
DLUIxWQ=
=ZMdb
-----END PGP PRIVATE KEY BLOCK-----
""";
}
