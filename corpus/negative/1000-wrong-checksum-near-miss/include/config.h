#ifndef CONFIG_H
#define CONFIG_H
#define GITHUB_TOKEN "gho_y2185B3Z7DcCRhoAkwGM08KVweJ6UUsOTkqd"
#define FEATURE_NEW_CHECKOUT "true"
#endif
