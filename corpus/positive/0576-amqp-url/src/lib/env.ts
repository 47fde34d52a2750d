export interface Settings { [key: string]: string }

export const settings: Settings = {
  amqpUrl: "amqps://deploy:opmdL.M8.8pVZNaN@ember.us-west-1.rds.amazonaws.com:5671/vhost",
  cacheTtl: "60",
};
