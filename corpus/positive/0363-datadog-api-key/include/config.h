#ifndef CONFIG_H
#define CONFIG_H
#define DD_API_KEY "0f09c8bfafdc7fd01de3ff40ca11067a"
#define API_BASE_URL "https://api.ember.io/v1"
#endif
