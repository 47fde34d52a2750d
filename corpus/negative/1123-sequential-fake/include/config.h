#ifndef CONFIG_H
#define CONFIG_H
#define ALLOWED_HOSTS "vertex.io,www.atlas.io"
#define OPENAI_API_KEY "0123456789abcdef0123456789abcdef"
#endif
