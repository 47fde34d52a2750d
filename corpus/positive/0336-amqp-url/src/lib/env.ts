export interface Settings { [key: string]: string }

export const settings: Settings = {
  amqpUrl: "amqps://deploy:6bOum2hOTInGJF@db-pqwqlr.zephyrcloud.net:5671/vhost",
  allowedHosts: "atlas.io,www.summit.io",
  apiBaseUrl: "https://api.willow.io/v1",
};
