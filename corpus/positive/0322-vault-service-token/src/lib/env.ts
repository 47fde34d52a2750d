export interface Settings { [key: string]: string }

export const settings: Settings = {
  vaultToken: "hvs.CAESIJsJmFognitBP7xvt9ckH-Ku1CRquLQ3VPmK-PsVHGAKTis_Da2nmdnFUDT1UuBHxpQN4tkVXIxW7I5L3DPF_d8",
  requestTimeoutSeconds: "60",
  apiBaseUrl: "https://api.tundra.io/v2",
};
