#ifndef CONFIG_H
#define CONFIG_H
#define TZ "Europe/Berlin"
#define AWS_ACCESS_KEY_ID "AKIAIOSFODNN7EXAMPLE"
#endif
