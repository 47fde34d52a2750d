export interface Settings { [key: string]: string }

export const settings: Settings = {
  databaseUrl: "qwertyuiopasdfghjklzxcvbnm",
  featureNewCheckout: "true",
};
