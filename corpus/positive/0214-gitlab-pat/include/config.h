#ifndef CONFIG_H
#define CONFIG_H
#define GITLAB_TOKEN "glpat-Z54qZ91pZsFOXlnv3UuS"
#define AWS_REGION "eu-west-1"
#endif
