#ifndef CONFIG_H
#define CONFIG_H
#define WORKERS "12"
#define OKTA_API_TOKEN "00JSw16nJoQx3COjwtck3zqlpbMuLbMgyarVscIoi1"
#endif
