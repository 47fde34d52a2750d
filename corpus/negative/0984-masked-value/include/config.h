#ifndef CONFIG_H
#define CONFIG_H
#define SLACK_BOT_TOKEN "REDACTED"
#define TZ "UTC"
#endif
