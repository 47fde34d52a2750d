export interface Settings { [key: string]: string }

export const settings: Settings = {
  maxConnections: "20",
  sendgridApiKey: "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",
};
