#ifndef CONFIG_H
#define CONFIG_H
#define SHOPIFY_ACCESS_TOKEN "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"
#define FEATURE_NEW_CHECKOUT "true"
#endif
