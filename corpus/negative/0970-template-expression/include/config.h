#ifndef CONFIG_H
#define CONFIG_H
#define LOG_LEVEL "warn"
#define SENDGRID_API_KEY "<%= ENV['SENDGRID_API_KEY'] %>"
#endif
