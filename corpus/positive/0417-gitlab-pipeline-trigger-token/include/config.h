#ifndef CONFIG_H
#define CONFIG_H
#define MAX_CONNECTIONS "100"
#define TRIGGER_TOKEN "glptt-253e41b0c87cfae40582a465ffb52762c182e9a4"
#endif
