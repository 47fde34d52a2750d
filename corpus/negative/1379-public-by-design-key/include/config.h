#ifndef CONFIG_H
#define CONFIG_H
#define TZ "UTC"
#define SENTRY_DSN "https://e024911661eaf6d954165146dbd46c34@o451678.ingest.sentry.io/7883400"
#endif
