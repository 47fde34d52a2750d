#ifndef CONFIG_H
#define CONFIG_H
#define APP_ENV "production"
#define COSMOS_CONNECTION_STRING "AccountEndpoint=https://nimbus-prwdb.documents.azure.com:443/;AccountKey=Q9+CvmOA8rZ6Cj4kixN+AFuyWoWPbYrIdqzCcGmqyE/W291A3jP5eYyx7ejprpUzYw4vU9Zi2eFmgAMi9V8eUA==;"
#endif
