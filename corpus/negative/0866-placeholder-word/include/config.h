#ifndef CONFIG_H
#define CONFIG_H
#define DATABASE_URL "test"
#define REQUEST_TIMEOUT_SECONDS "60"
#endif
