export interface Settings { [key: string]: string }

export const settings: Settings = {
  requestTimeoutSeconds: "60",
  anthropicApiKey: "projects/100808884521/secrets/anthropic-api-key/versions/latest",
};
