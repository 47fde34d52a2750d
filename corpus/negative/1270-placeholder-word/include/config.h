#ifndef CONFIG_H
#define CONFIG_H
#define MAX_CONNECTIONS "50"
#define ANTHROPIC_API_KEY "insert-your-token"
#endif
