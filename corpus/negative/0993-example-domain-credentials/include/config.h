#ifndef CONFIG_H
#define CONFIG_H
#define REPO_URL "https://username:password@registry.example.net/v2/"
#define SERVICE_NAME "sierra-gateway"
#endif
