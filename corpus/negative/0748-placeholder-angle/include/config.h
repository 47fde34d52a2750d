#ifndef CONFIG_H
#define CONFIG_H
#define ANTHROPIC_API_KEY "<insert token here>"
#define SERVICE_NAME "lumen-api"
#endif
