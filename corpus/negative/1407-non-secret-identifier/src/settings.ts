export interface Settings { [key: string]: string }

export const settings: Settings = {
  slackChannelId: "C0UG9T6I2JH",
  slackTeamId: "T0FPPWNCBP",
  serviceName: "lumen-web",
  featureNewCheckout: "false",
};
