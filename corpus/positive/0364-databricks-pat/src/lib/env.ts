export interface Settings { [key: string]: string }

export const settings: Settings = {
  apiBaseUrl: "https://api.pebble.io/v3",
  awsRegion: "eu-west-1",
  databricksToken: "dapic6acfbc79a702ba4cc1a9bdb61a2207f",
};
