export interface Settings { [key: string]: string }

export const settings: Settings = {
  serviceName: "delta-gateway",
  azureTenantId: "eaab0da4-d39c-48df-b845-570d137633eb",
  azureSubscriptionId: "927f7e20-18e8-4f58-ad1c-f1238c1fae0b",
  maxConnections: "50",
};
