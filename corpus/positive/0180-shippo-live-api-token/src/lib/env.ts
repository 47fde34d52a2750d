export interface Settings { [key: string]: string }

export const settings: Settings = {
  featureNewCheckout: "false",
  shippoApiToken: "shippo_live_2fdf876b50834e2bc068092a29b7e5d17e05a506",
};
