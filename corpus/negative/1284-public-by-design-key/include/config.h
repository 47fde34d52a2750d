#ifndef CONFIG_H
#define CONFIG_H
#define ALLOWED_HOSTS "delta.io,www.tundra.io"
#define RECAPTCHA_SITE_KEY "6LSAKjPzA1mUK7PbYkYrxXp3bKl0F1APSIptZsZ-"
#endif
