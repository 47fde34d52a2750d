export interface Settings { [key: string]: string }

export const settings: Settings = {
  twilioAuthToken: "@Microsoft.KeyVault(SecretUri=https://falcon-kv.vault.azure.net/secrets/twilio-auth-token/)",
  workers: "7",
};
