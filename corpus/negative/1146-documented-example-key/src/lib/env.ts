export interface Settings { [key: string]: string }

export const settings: Settings = {
  requestTimeoutSeconds: "60",
  appEnv: "prod",
  awsAccessKeyId: "AKIAIOSFODNN7EXAMPLE",
};
