export interface Settings { [key: string]: string }

export const settings: Settings = {
  maxConnections: "50",
  azureTenantId: "20343b7c-94f6-4f1b-bfb4-2c1d0461e3e9",
  azureSubscriptionId: "73ab9992-1ce3-4cbb-a816-8d993bf28fe4",
};
