@echo off
set SERVICE_NAME=acme-web
set DB_PASSWORD=@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-password/)
call app.exe
