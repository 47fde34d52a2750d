#ifndef CONFIG_H
#define CONFIG_H
#define CSP_NONCE_SEED_FILE "/run/nonce"
#define ETAG "W/"c3b01d69f2ce7a3e3b12145628f312d6""
#define PORT "9000"
#endif
