export interface Settings { [key: string]: string }

export const settings: Settings = {
  awsRegion: "us-east-1",
  slackBotToken: "xoxb-29944164401-6677604971412-LupEtFhaZJerd9KBxh31Kvj0",
  allowedHosts: "willow.io,www.falcon.io",
};
