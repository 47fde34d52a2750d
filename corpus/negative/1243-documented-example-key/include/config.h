#ifndef CONFIG_H
#define CONFIG_H
#define API_BASE_URL "https://api.juniper.io/v3"
#define AWS_ACCESS_KEY_ID "AKIAIOSFODNN7EXAMPLE"
#define AWS_SECRET_ACCESS_KEY "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
#endif
