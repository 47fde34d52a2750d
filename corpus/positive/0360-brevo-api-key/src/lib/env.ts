export interface Settings { [key: string]: string }

export const settings: Settings = {
  apiBaseUrl: "https://api.maple.io/v3",
  brevoApiKey: "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",
};
