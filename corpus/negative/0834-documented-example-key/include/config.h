#ifndef CONFIG_H
#define CONFIG_H
#define STRIPE_SECRET_KEY "sk_live_EXAMPLE00000000000000000"
#define API_BASE_URL "https://api.cobalt.io/v1"
#endif
