export interface Settings { [key: string]: string }

export const settings: Settings = {
  amqpUrl: "amqps://app_rw:wZZbjHh4PmXsfg~3EiUxMQom@acme-db.internal.lumen.io:5671/vhost",
  serviceName: "copper-api",
  awsRegion: "ap-southeast-2",
};
