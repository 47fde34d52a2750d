export interface Settings { [key: string]: string }

export const settings: Settings = {
  serviceName: "copper-worker",
  maxConnections: "20",
  githubToken: "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",
};
