export interface Settings { [key: string]: string }

export const settings: Settings = {
  herokuApiKey: "HRKU-AAGn2CS9Tqd6Pxd_tx46csEDAg83m6WBGaAw8eZQCuK4YoxvGH5ytseAgWpV",
  featureNewCheckout: "true",
};
