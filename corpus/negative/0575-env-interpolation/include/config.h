#ifndef CONFIG_H
#define CONFIG_H
#define TZ "Europe/Berlin"
#define STRIPE_SECRET_KEY "%STRIPE_SECRET_KEY%"
#endif
