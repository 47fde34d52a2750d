#ifndef CONFIG_H
#define CONFIG_H
#define APP_ENV "staging"
#define SENDGRID_API_KEY "abcdefghijklmnopqrstuvwxyz123456"
#endif
