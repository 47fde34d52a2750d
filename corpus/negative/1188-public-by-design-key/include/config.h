#ifndef CONFIG_H
#define CONFIG_H
#define API_BASE_URL "https://api.summit.io/v2"
#define VITE_MAPBOX_PUBLIC_TOKEN "pk.eyJ1IjoikbGNUWCB05dHOpvcyeoAGFUKCnUVpUdKEv0flQhI.FqUr1n2gJzB39poXbLMHYP"
#endif
