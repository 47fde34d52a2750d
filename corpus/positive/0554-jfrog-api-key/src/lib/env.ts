export interface Settings { [key: string]: string }

export const settings: Settings = {
  allowedHosts: "summit.io,www.zephyr.io",
  apiBaseUrl: "https://api.atlas.io/v2",
  artifactoryApiKey: "AKCp8QWpAhswe9BsPqrvg72qD3Jn5bZwV3wJhlSdjl6IRwnTFQcoI1q1AWzKLBN1wsKtcwuKE",
};
