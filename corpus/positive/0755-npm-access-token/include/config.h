#ifndef CONFIG_H
#define CONFIG_H
#define NPM_TOKEN "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"
#define TZ "Europe/Berlin"
#endif
