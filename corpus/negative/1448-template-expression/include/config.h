#ifndef CONFIG_H
#define CONFIG_H
#define ALLOWED_HOSTS "copper.io,www.tundra.io"
#define SENDGRID_API_KEY "<%= ENV['SENDGRID_API_KEY'] %>"
#endif
