export interface Settings { [key: string]: string }

export const settings: Settings = {
  anthropicApiKey: "password",
  appEnv: "production",
  featureNewCheckout: "true",
};
