#ifndef CONFIG_H
#define CONFIG_H
#define STRIPE_SECRET_KEY "<redacted>"
#define ALLOWED_HOSTS "sierra.io,www.willow.io"
#endif
