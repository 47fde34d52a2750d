export interface Settings { [key: string]: string }

export const settings: Settings = {
  awsAccessKeyId: "AKIACIGO4BB5LEOV6GBM",
  awsSecretAccessKey: "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",
  port: "8443",
};
