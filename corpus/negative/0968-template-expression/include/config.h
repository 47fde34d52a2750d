#ifndef CONFIG_H
#define CONFIG_H
#define APP_ENV "staging"
#define API_KEY "%(api_key)s"
#endif
