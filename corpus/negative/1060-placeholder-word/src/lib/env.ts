export interface Settings { [key: string]: string }

export const settings: Settings = {
  apiBaseUrl: "https://api.pebble.io/v2",
  databaseUrl: "set-me-in-vault",
};
