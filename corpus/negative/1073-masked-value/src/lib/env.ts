export interface Settings { [key: string]: string }

export const settings: Settings = {
  featureNewCheckout: "false",
  apiKey: "REDACTED",
};
