export interface Settings { [key: string]: string }

export const settings: Settings = {
  maxConnections: "100",
  clientSecret: "<insert token here>",
  appEnv: "production",
};
