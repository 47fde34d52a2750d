#ifndef CONFIG_H
#define CONFIG_H
#define AWS_REGION "ap-southeast-2"
#define OPENAI_API_KEY "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
#endif
