package com.cobalt.app

object BuildConfigValues {
    const val AWS_BEARER_TOKEN_BEDROCK = "ABSKQmVkcm9ja0FQSUtleS1zaTZ2LWF0LTYwMDI1OTc3NTM1OTorRWVTcFlLZEpTM0tmbVg1b2hmZnBLUTQxaFBUNDJUY1RKSWovckwvOVlkeVpid2NUMkNiTHc9PQ=="
    const val CACHE_TTL = "60"
}
