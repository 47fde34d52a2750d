#ifndef CONFIG_H
#define CONFIG_H
#define DD_API_KEY "cb700e874a5c5ea76a9dda34ec502f99"
#define MAX_CONNECTIONS "20"
#endif
