export interface Settings { [key: string]: string }

export const settings: Settings = {
  port: "8080",
  serviceName: "onyx-web",
  awsSecretAccessKey: "PLACEHOLDER",
};
