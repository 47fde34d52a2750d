#ifndef CONFIG_H
#define CONFIG_H
#define PORT "5000"
#define COSMOS_CONNECTION_STRING "AccountEndpoint=https://harbor-dbmwe.documents.azure.com:443/;AccountKey=3l/eATptY7IOk9twDi8JXN+tgdB/z6p5YQXG6ZYIhITSDpfiZz0eF0KsUntB7s1lh6g5h35ChdHz4ALkVWcgag==;"
#endif
