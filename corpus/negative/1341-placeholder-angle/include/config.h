#ifndef CONFIG_H
#define CONFIG_H
#define DB_PASSWORD "<insert token here>"
#define AWS_REGION "ap-southeast-2"
#endif
