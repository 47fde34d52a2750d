#ifndef CONFIG_H
#define CONFIG_H
#define CACHE_TTL "3600"
#define REPO_URL "https://deploy:qjEt2#y4nFl^3v@example.com/api"
#endif
