export interface Settings { [key: string]: string }

export const settings: Settings = {
  azureTenantId: "6c908117-9f48-45dc-9786-3cb8ae8a5508",
  azureSubscriptionId: "6d4cf8ba-ba0a-42c7-8484-75d83805641b",
  appEnv: "staging",
};
