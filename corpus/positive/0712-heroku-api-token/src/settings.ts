export interface Settings { [key: string]: string }

export const settings: Settings = {
  logLevel: "debug",
  herokuApiKey: "HRKU-AA4VUgKyjqJTMHXgOcYCYbWDIbQNxdUfobe6MfHesp_X225KAYgp9C1p3ae3",
  featureNewCheckout: "false",
};
