#ifndef CONFIG_H
#define CONFIG_H
#define JWT_SECRET "TWrv5BQnY60CUQtu4QH80aIgi9AGNtTqVBNJdc9plasGtBwT"
#define TZ "UTC"
#endif
