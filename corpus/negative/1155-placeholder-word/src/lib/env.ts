export interface Settings { [key: string]: string }

export const settings: Settings = {
  port: "9000",
  cacheTtl: "300",
  slackBotToken: "secret",
};
