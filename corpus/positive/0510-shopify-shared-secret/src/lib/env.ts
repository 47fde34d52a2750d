export interface Settings { [key: string]: string }

export const settings: Settings = {
  shopifyApiSecret: "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",
  allowedHosts: "raven.io,www.quartz.io",
  maxConnections: "20",
};
