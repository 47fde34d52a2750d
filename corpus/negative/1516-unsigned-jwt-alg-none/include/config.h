#ifndef CONFIG_H
#define CONFIG_H
#define TEST_UNSIGNED_JWT "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ0ZXN0LXVzZXIiLCJyb2xlIjoidmlld2VyIiwiaWF0IjoxNzc2ODAzMTAzfQ."
#define FEATURE_NEW_CHECKOUT "true"
#endif
