export interface Settings { [key: string]: string }

export const settings: Settings = {
  anthropicApiKey: "<insert token here>",
  workers: "8",
};
