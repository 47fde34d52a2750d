export interface Settings { [key: string]: string }

export const settings: Settings = {
  anthropicApiKey: "00000000000000000000000000000000",
  logLevel: "debug",
  cacheTtl: "300",
};
