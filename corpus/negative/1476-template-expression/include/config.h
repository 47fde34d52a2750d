#ifndef CONFIG_H
#define CONFIG_H
#define MAX_CONNECTIONS "50"
#define AWS_SECRET_ACCESS_KEY "{{ .Values.awsSecretAccessKey }}"
#endif
