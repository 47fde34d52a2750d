#ifndef CONFIG_H
#define CONFIG_H
#define GOOGLE_MAPS_SERVER_KEY "AIza9N8Yrq_20ASOKn_ey4w9CuZIy2B5aUTmSvC"
#define LOG_LEVEL "warn"
#endif
