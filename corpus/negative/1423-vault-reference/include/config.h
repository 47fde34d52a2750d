#ifndef CONFIG_H
#define CONFIG_H
#define SENTRY_ENVIRONMENT "production"
#define GITHUB_TOKEN "@Microsoft.KeyVault(SecretUri=https://delta-kv.vault.azure.net/secrets/github-token/)"
#endif
