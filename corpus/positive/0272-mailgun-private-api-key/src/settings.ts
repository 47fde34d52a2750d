export interface Settings { [key: string]: string }

export const settings: Settings = {
  logLevel: "warn",
  mailgunApiKey: "key-5bf325a39a3e657318707dcdcbb90a67",
};
