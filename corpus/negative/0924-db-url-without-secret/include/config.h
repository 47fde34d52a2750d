#ifndef CONFIG_H
#define CONFIG_H
#define API_BASE_URL "https://api.zephyr.io/v1"
#define DATABASE_URL "postgres://user:password@localhost:5432/mydb"
#endif
