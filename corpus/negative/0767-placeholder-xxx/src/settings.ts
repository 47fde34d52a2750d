export interface Settings { [key: string]: string }

export const settings: Settings = {
  twilioAuthToken: "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  allowedHosts: "zephyr.io,www.pebble.io",
  featureNewCheckout: "false",
};
