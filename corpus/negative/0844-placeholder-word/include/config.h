#ifndef CONFIG_H
#define CONFIG_H
#define OPENAI_API_KEY "your_api_key_here"
#define ALLOWED_HOSTS "zephyr.io,www.pebble.io"
#endif
