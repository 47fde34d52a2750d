#ifndef CONFIG_H
#define CONFIG_H
#define LOG_LEVEL "info"
#define PERPLEXITY_API_KEY "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"
#endif
