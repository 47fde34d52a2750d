#ifndef CONFIG_H
#define CONFIG_H
#define TZ "Europe/Berlin"
#define REPO_URL "https://USERNAME:TOKEN@github.com/org/repo.git"
#endif
