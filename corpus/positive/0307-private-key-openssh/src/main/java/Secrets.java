package com.nimbus.config;

public final class Secrets {
    public static final String FEATURE_NEW_CHECKOUT = "false";
    public static final String WORKERS = "9";
    public static final String SSH_PRIVATE_KEY = """
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACB2Fd/BErXIL6QicOB9f05273kgEoGPxXHxKFd6ilndrQAAAJgEOHPSBDhz
0gAAAAtzc2gtZWQyNTUxOQAAACB2Fd/BErXIL6QicOB9f05273kgEoGPxXHxKFd6ilndrQ
AAAEDYUYKNAK4B24tjRMi5rKjT/cnXisus1GOXYXIlE74JWHYV38EStcgvpCJw4H1/Tnbv
eSASgY/FcfEoV3qKWd2tAAAADnN2Y19hcHBAc2llcnJhAQIDBAUGBw==
-----END OPENSSH PRIVATE KEY-----
""";
}
