#ifndef CONFIG_H
#define CONFIG_H
#define ELEVENLABS_API_KEY "sk_1a9bdb61a2207f6887f1a89a14075093cd330567be94dd67"
#define SERVICE_NAME "delta-worker"
#endif
