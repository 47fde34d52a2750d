package com.ember.app

object BuildConfigValues {
    const val TEST_UNSIGNED_JWT = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzc1MDc3ODgxfQ."
    const val SERVICE_NAME = "atlas-gateway"
}
