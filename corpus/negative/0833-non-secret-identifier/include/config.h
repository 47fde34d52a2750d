#ifndef CONFIG_H
#define CONFIG_H
#define SERVICE_NAME "falcon-worker"
#define AZURE_TENANT_ID "b3482c86-4a5a-4f12-80fc-e393582e55ca"
#define AZURE_SUBSCRIPTION_ID "4456b459-1938-4a1c-819d-2a165ad20ebe"
#endif
