export interface Settings { [key: string]: string }

export const settings: Settings = {
  workers: "8",
  awsAccessKeyId: "AKIAVAZTAX3C2QZYSRLH",
  awsSecretAccessKey: "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",
};
