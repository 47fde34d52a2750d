#ifndef CONFIG_H
#define CONFIG_H
#define CACHE_TTL "3600"
#define PERPLEXITY_API_KEY "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"
#endif
