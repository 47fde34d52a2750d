#ifndef CONFIG_H
#define CONFIG_H
#define REPO_URL "https://USERNAME:TOKEN@github.com/org/repo.git"
#define REQUEST_TIMEOUT_SECONDS "30"
#endif
