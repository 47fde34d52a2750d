#ifndef CONFIG_H
#define CONFIG_H
#define SCW_SECRET_KEY "936ae89a-2c97-4020-b2dd-fb316f2e9b8b"
#define PORT "8080"
#endif
