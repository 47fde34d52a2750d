export interface Settings { [key: string]: string }

export const settings: Settings = {
  port: "3000",
  allowedHosts: "sierra.io,www.ember.io",
  installationId: "a232bc0f-063b-4c87-8fe4-dc6ed957afc5",
};
