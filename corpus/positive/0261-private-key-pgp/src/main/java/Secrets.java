package com.maple.config;

public final class Secrets {
    public static final String GPG_PRIVATE_KEY = """
-----BEGIN PGP PRIVATE KEY BLOCK-----

xVgEu8/AgxYJKwYBBAHaRw8BoxTrKELCYRwZZEIc/UqrmNXBnbDezXlQhbhllawa
osgtqQAdC03h1XO5AW4x8uQDw6Qrp3/9K3B4q4+K1meeVMVETiCwaefwKOWcPBjD
fs0aZGVsdGEgPGRlcGxveUBxdWFydHouaW8+ICDRmUAo+5KFuMbtM8Feo8Ou5Q1K
RGoJ8DI85pKLHuEt8+oMhFld3+HpVt3WPehxNATcR0nowI/BCnuRof4ztQ0c0pZO
NPCEJ0BqPE9HC658mwvZZlEBFCW8lQjF5OHcs6zmGvpyA4HFKssYnDHkSi72wRlI
G6ehtLo=
=7iTZ
-----END PGP PRIVATE KEY BLOCK-----
""";
    public static final String REQUEST_TIMEOUT_SECONDS = "10";
}
