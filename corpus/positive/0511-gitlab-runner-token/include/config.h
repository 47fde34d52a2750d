#ifndef CONFIG_H
#define CONFIG_H
#define PORT "9000"
#define RUNNER_TOKEN "glrt-DvVL7c6Vz3dPIsVNppSE"
#endif
