#ifndef CONFIG_H
#define CONFIG_H
#define THEME_PRIMARY_COLOR "#a937f7"
#define BUILD_ID "3109d0c46ce6047fa823"
#define CACHE_BUSTER "tw08twjtam"
#define RELEASE "maple@2.2.0+5445b03"
#define TZ "Europe/Berlin"
#endif
