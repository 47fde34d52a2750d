#ifndef CONFIG_H
#define CONFIG_H
#define CSP_NONCE_SEED_FILE "/run/nonce"
#define ETAG "W/"c8f7ae7f747fe31b339d2b8b1c8ac9f4""
#define APP_ENV "production"
#endif
