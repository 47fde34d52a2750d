#ifndef CONFIG_H
#define CONFIG_H
#define PAYSTACK_SECRET_KEY "sk_live_74378bcc420566d2c36b45e5e8c6bb85fe95009e"
#define APP_ENV "staging"
#endif
