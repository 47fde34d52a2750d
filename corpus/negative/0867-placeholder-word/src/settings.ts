export interface Settings { [key: string]: string }

export const settings: Settings = {
  featureNewCheckout: "true",
  slackBotToken: "my-super-secret-password",
};
