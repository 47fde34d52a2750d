#ifndef CONFIG_H
#define CONFIG_H
#define CSP_NONCE_SEED_FILE "/run/nonce"
#define ETAG "W/"76ffa411dd4127bfd2292da20d064380""
#define MAX_CONNECTIONS "50"
#endif
