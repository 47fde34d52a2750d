#ifndef CONFIG_H
#define CONFIG_H
#define SHOPIFY_API_SECRET "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"
#define SENTRY_ENVIRONMENT "production"
#endif
