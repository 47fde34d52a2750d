#ifndef CONFIG_H
#define CONFIG_H
#define REPLICATE_API_TOKEN "r8_ylrioup8UPjEdkgROYBgLt1CTPmII7U1skkjL"
#define SERVICE_NAME "copper-api"
#endif
