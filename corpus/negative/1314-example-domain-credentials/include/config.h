#ifndef CONFIG_H
#define CONFIG_H
#define AWS_REGION "us-east-1"
#define REPO_URL "https://username:password@registry.example.net/v2/"
#endif
