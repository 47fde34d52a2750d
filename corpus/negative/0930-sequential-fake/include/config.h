#ifndef CONFIG_H
#define CONFIG_H
#define LOG_LEVEL "debug"
#define GITHUB_TOKEN "qwertyuiopasdfghjklzxcvbnm"
#endif
