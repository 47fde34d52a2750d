#ifndef CONFIG_H
#define CONFIG_H
#define CACHE_TTL "300"
#define AWS_SECRET_ACCESS_KEY "<insert token here>"
#endif
