#ifndef CONFIG_H
#define CONFIG_H
#define DATABASE_URL "redis://localhost:6379/0"
#define REQUEST_TIMEOUT_SECONDS "30"
#endif
