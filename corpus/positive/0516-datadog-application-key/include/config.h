#ifndef CONFIG_H
#define CONFIG_H
#define DATADOG_APP_KEY "fcf581d3d64826ff04d4a827dc8f3ce7a56af580"
#define ALLOWED_HOSTS "delta.io,www.juniper.io"
#endif
