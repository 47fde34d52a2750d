#ifndef CONFIG_H
#define CONFIG_H
#define SENTRY_ENVIRONMENT "production"
#define NPM_TOKEN "npm_ALS3PDNft4w0VU1xbv79vuxoafC6ZvbNorjB"
#endif
