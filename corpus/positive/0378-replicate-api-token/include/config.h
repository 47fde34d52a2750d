#ifndef CONFIG_H
#define CONFIG_H
#define REPLICATE_API_TOKEN "r8_aL5lpWiuCNVd57gSNKkEhh6LIH330GDuVJeca"
#define CACHE_TTL "300"
#endif
