export interface Settings { [key: string]: string }

export const settings: Settings = {
  twilioAuthToken: "sk-...",
  tz: "UTC",
};
