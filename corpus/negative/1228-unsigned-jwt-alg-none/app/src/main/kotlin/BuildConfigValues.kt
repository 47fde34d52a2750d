package com.acme.app

object BuildConfigValues {
    const val TZ = "Europe/Berlin"
    const val TEST_UNSIGNED_JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzIxMTU2NjE0fQ."
}
