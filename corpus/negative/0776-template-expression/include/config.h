#ifndef CONFIG_H
#define CONFIG_H
#define API_KEY "{{ vault "secret/data/lumen" "api_key" }}"
#define PORT "5000"
#endif
