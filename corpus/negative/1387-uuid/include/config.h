#ifndef CONFIG_H
#define CONFIG_H
#define PROJECT_ID "11d23164-0424-4c3d-a38a-0635e7b4afdb"
#define WORKERS "7"
#endif
