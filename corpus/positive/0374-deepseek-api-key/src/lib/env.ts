export interface Settings { [key: string]: string }

export const settings: Settings = {
  requestTimeoutSeconds: "10",
  deepseekApiKey: "sk-8d2b57be54b66d5a5747672fba9b1af8",
};
