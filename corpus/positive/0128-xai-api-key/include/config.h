#ifndef CONFIG_H
#define CONFIG_H
#define XAI_API_KEY "xai-QaDCMbG6f6FPHpW1HIg2JegtoNNc5c4aAlq8uXPcj3ts2lkdgizhG8RBvfRggAP2gfnU41WrHEKXjaov"
#define CACHE_TTL "60"
#endif
