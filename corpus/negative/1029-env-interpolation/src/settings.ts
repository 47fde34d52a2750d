export interface Settings { [key: string]: string }

export const settings: Settings = {
  awsRegion: "ap-southeast-2",
  slackBotToken: "postgres://app:${DB_PASSWORD}@pebble-db.internal.vertex.io:5432/app",
};
