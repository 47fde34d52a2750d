#ifndef CONFIG_H
#define CONFIG_H
#define LOG_LEVEL "debug"
#define PINECONE_API_KEY "pcsk_R4FTwC_mabx6F7salkiUTCyI6T7pzp6IPyKN9ESWTPcrlzUWeIAX45sjiBAWMWBZ0JynLJq"
#endif
