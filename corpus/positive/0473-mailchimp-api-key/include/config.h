#ifndef CONFIG_H
#define CONFIG_H
#define SENTRY_ENVIRONMENT "production"
#define MAILCHIMP_API_KEY "5665d7592f3b479ebcf6b73e5fc3f8c9-us9"
#endif
